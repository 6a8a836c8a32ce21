package org.elige.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * A piece of raw JSON text put into a record in place of a value: bytes as sent (possibly not
 * valid JSON, not valid UTF-8, or much larger than its description), with a short description for
 * counterexamples.
 */
record Raw(String shown, byte[] bytes) {

    static Raw of(String json) {
        return new Raw(json, json.getBytes(StandardCharsets.UTF_8));
    }

    static Raw of(String shown, String json) {
        return new Raw(shown, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal with every character escaped as a JSON writer might, or as \\uXXXX at random. */
    static Raw string(String shown, String value, boolean escapeAll) {
        return new Raw(shown, quote(value, escapeAll).getBytes(StandardCharsets.UTF_8));
    }

    static String quote(String s, boolean escapeAll) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || escapeAll && c > 0x7e || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String toString() {
        return shown.length() <= 120
                ? shown
                : shown.substring(0, 100) + "…(" + shown.length() + " chars shown, " + bytes.length + " bytes)";
    }
}
