package org.elige.changes;

import java.util.List;
import org.elige.lint.Period;

/**
 * One change to the rules for a changelog entry: what changed, the programs it affects and the
 * dates on which decisions may differ.
 *
 * @param kind    program, criterion or parameter
 * @param subject the program id, criterion id (or "benefit of PROGRAM") or parameter key
 */
public record Change(String kind, String subject, List<String> programs, String what, List<Period> periods) {

    /** {@code - PAM-02 (PAM): rule "..." changed; dates: 2021-01-01 onwards} */
    public String line() {
        String who =
                programs.isEmpty() || programs.equals(List.of(subject)) ? "" : " (" + String.join(", ", programs) + ")";
        String when = periods.isEmpty()
                ? ""
                : "; dates: "
                        + String.join(
                                ", ", periods.stream().map(Period::toString).toList());
        return "- " + subject + who + ": " + what + when;
    }
}
