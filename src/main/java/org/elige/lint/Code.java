package org.elige.lint;

import org.elige.rules.Diagnostic.Severity;

/**
 * The checks of {@code elige check}, each with its severity and the usual fix. An error makes the
 * rule set wrong or unusable; a warning is very likely a mistake but may be meant
 * ({@code check --strict}, which CI runs, fails on both).
 */
public enum Code {
    ELG000(Severity.ERROR, "fix the problem at this position; one syntax error can hide others in the same file"),
    ELG001(
            Severity.WARNING,
            "make the threshold a dated parameter in the program's parameters.yaml (valid_from, value,"
                    + " source, tag) and compare with its key, e.g. c.atLeast($p.age(), \"prog.age.min\"); a number that is not a"
                    + " threshold goes under allow_numbers in lint.yaml"),
    ELG002(
            Severity.WARNING,
            "make the date a dated parameter, or give the rule dated versions with @valid_from/@valid_until"),
    ELG003(
            Severity.WARNING,
            "delete the parameter, or read it where it is needed (its key in a Check call or {key} in a sentence)"),
    ELG004(Severity.ERROR, "define it with dated values in the program's parameters.yaml, or correct the key"),
    ELG005(Severity.ERROR, "list the values oldest first, one value per valid_from"),
    ELG006(Severity.ERROR, "end the earlier value (valid_until) before the later one starts"),
    ELG007(
            Severity.WARNING,
            "add a dated value for those dates, or, if the sources give none, declare them under the"
                    + " parameter's gaps: as {from: ..., until: ..., reason: \"...\"}"),
    ELG008(Severity.ERROR, "add @criterion(\"ID\") with the id listed in program.yaml, or @benefit(\"PROGRAM\")"),
    ELG009(Severity.ERROR, "add @citation(\"...\") naming the document and section the criterion comes from"),
    ELG010(
            Severity.ERROR,
            "add the sentence in both languages: @es_found/@en_found and @es_needs/@en_needs"
                    + " (a benefit rule: @es_found/@en_found)"),
    ELG011(Severity.WARNING, "make the Spanish and English sentences name the same {placeholders}"),
    ELG012(Severity.ERROR, "name the program in both languages: name: {es: \"...\", en: \"...\"}"),
    ELG013(Severity.ERROR, "give each criterion its own id, prefixed with its program's id"),
    ELG014(
            Severity.WARNING,
            "name the criterion in eligible_when, or list it under informative: if it deliberately"
                    + " does not decide"),
    ELG015(Severity.ERROR, "list under informative: only criteria of this program that eligible_when does not name"),
    ELG016(
            Severity.WARNING,
            "keep conditions flat: a nested exists/not can silently never fire in Drools 10"
                    + " (upstream issue 7115); decide the criterion in the consequence with Check"),
    ELG017(
            Severity.WARNING,
            "match the unit only, e.g. $p : Person(), and decide in the consequence with Check: a"
                    + " constraint that is false or meets a null stops the rule without any finding"),
    ELG018(Severity.WARNING, "remove the entry from lint.yaml"),
    ELG019(Severity.ERROR, "fix the entry as the message says"),
    ELG020(
            Severity.WARNING,
            "give the rule dated versions with @valid_from/@valid_until, which the engine checks against"
                    + " the evaluation date"),
    ELG021(
            Severity.WARNING,
            "write the consequence as the policy reads: loops as c.every/c.some/c.count/c.total over the"
                    + " parts, values read by key from parameters.yaml, and numbers, lists and codes left to the sentence templates and"
                    + " the message catalogue ({name}, {name:noun}, code.* keys); a fact the rule needs that no accessor gives belongs"
                    + " in a generic accessor in facts/; at most 8 lines of logic");

    private final Severity severity;
    private final String hint;

    Code(Severity severity, String hint) {
        this.severity = severity;
        this.hint = hint;
    }

    public Severity severity() {
        return severity;
    }

    public String hint() {
        return hint;
    }
}
