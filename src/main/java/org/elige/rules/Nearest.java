package org.elige.rules;

import java.util.Collection;

/** The closest known name to a mistyped one, for "did you mean" hints. */
public final class Nearest {

    private Nearest() {}

    /** The candidate within a few edits of {@code name}, and fewer edits than it has characters, or null. */
    public static String of(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Math.min(name.length(), Math.max(2, name.length() / 4) + 1);
        for (String c : candidates) {
            int d = distance(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
