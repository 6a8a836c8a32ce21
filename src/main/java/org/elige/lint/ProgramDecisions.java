package org.elige.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ELG012 to ELG015: a program is named in both languages; a criterion id belongs to one program
 * once; the decision ({@code eligible_when}) names every criterion, except exclusions and those
 * declared {@code informative}; {@code informative} lists only criteria that do not decide.
 */
final class ProgramDecisions implements LintRule {

    @Override
    public void check(RuleFolder folder, List<LintFinding> out) {
        Map<String, ProgramDecl> owner = new HashMap<>();
        for (ProgramDecl p : folder.programs()) {
            name(p, out);
            for (int i = 0; i < p.criteria().size(); i++) {
                String c = p.criteria().get(i);
                ProgramDecl first = owner.putIfAbsent(c, p);
                if (first != null) {
                    out.add(LintFinding.of(
                            Code.ELG013,
                            p.file(),
                            p.at("/criteria/" + i),
                            c,
                            "criterion id " + c + " is"
                                    + (first == p
                                            ? " listed twice in " + p.id()
                                            : " also a criterion of " + first.id() + " (" + first.file()
                                                    + "): each criterion belongs to one program, once")));
                }
            }
            decision(p, out);
        }
    }

    private static void name(ProgramDecl p, List<LintFinding> out) {
        String missing = p.nameEs().isEmpty() && p.nameEn().isEmpty()
                ? "Spanish or English"
                : p.nameEs().isEmpty() ? "Spanish" : p.nameEn().isEmpty() ? "English" : null;
        if (missing != null) {
            int[] at = p.at(p.yaml().root().has("name") ? "/name" : "");
            out.add(LintFinding.of(
                    Code.ELG012, p.file(), at, p.id(), "program " + p.id() + " has no name in " + missing));
        }
    }

    private static void decision(ProgramDecl p, List<LintFinding> out) {
        for (int i = 0; i < p.informative().size(); i++) {
            String c = p.informative().get(i);
            String wrong = !p.criteria().contains(c)
                    ? c + " is not one of the program's criteria"
                    : p.decides() == null
                            ? c + " decides: without eligible_when every criterion does"
                            : p.decides().contains(c) ? c + " is named in eligible_when, so it decides" : null;
            if (wrong != null) {
                out.add(LintFinding.of(
                        Code.ELG015,
                        p.file(),
                        p.at("/informative/" + i),
                        p.id() + " " + c,
                        "informative lists " + wrong));
            }
        }
        if (p.decides() == null) {
            return;
        }
        for (String c : p.criteria()) {
            if (!p.decides().contains(c)
                    && !p.exclusions().contains(c)
                    && !p.informative().contains(c)) {
                out.add(LintFinding.of(
                        Code.ELG014,
                        p.file(),
                        p.at("/eligible_when"),
                        p.id() + " " + c,
                        "eligible_when of " + p.id() + " does not name criterion " + c
                                + ": it is evaluated and shown but never decides"));
            }
        }
    }
}
