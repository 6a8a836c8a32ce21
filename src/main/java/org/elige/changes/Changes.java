package org.elige.changes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.elige.lint.RuleFolder;
import org.elige.rules.RuleSetException;

/**
 * {@code check --since REV}: the programs, criteria and parameters that changed in a rule folder
 * since a git revision (the folder on disk against the same folder at that revision), with the
 * programs and dates each change affects, as lines to paste into a changelog entry.
 */
public final class Changes {

    private Changes() {}

    /** The changes since a revision, whose short commit id is {@code commit}. */
    public record Report(String commit, List<Change> changes) {

        /** A changelog section: one list per kind of change, or a line saying nothing changed. */
        public String markdown() {
            if (changes.isEmpty()) {
                return "No changes to programs, criteria or parameters since " + commit + ".\n";
            }
            StringBuilder out = new StringBuilder("Rule changes since " + commit + ":\n");
            for (String[] kind :
                    new String[][] {{"program", "Programs"}, {"criterion", "Criteria"}, {"parameter", "Parameters"}}) {
                List<Change> some =
                        changes.stream().filter(c -> c.kind().equals(kind[0])).toList();
                if (!some.isEmpty()) {
                    out.append('\n').append(kind[1]).append(":\n");
                    some.forEach(c -> out.append(c.line()).append('\n'));
                }
            }
            return out.toString();
        }
    }

    /**
     * @throws IllegalArgumentException when git cannot be run, the folder is not in a repository
     *                                  or the revision is unknown
     */
    public static Report since(Path dir, String rev) throws RuleSetException {
        String commit = Revision.commit(dir, rev);
        RuleFolder old = RuleFolder.of(dir.toString(), Revision.files(dir, rev));
        return new Report(commit, between(old, RuleFolder.read(dir)));
    }

    /** What changed from one rule folder to another: programs, then criteria, then parameters. */
    static List<Change> between(RuleFolder old, RuleFolder now) {
        List<Change> changes = new ArrayList<>(ProgramChanges.between(old, now));
        changes.addAll(CriterionChanges.between(old, now));
        changes.addAll(ParameterChanges.between(old, now));
        return List.copyOf(changes);
    }
}
