package org.elige.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.elige.DemoRules;
import org.elige.rules.RuleSetException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each lint check with an example that fails it and one that passes, on a small rule folder read as text. */
class LintRulesTest {
    private static final String DRL = "demo/rules.drl";
    private static final String PARAMS = "demo/parameters.yaml";
    private static final String PROGRAM = "demo/program.yaml";

    @TempDir
    Path tmp;

    DemoRules rules;

    @BeforeEach
    void writeRules() {
        rules = DemoRules.in(tmp);
    }

    private List<LintFinding> lint() {
        try {
            return Lint.lint(RuleFolder.read(rules.dir()));
        } catch (RuleSetException e) {
            throw new AssertionError(e);
        }
    }

    /** The findings as {@code file:line:col: message [CODE]}, the folder shown as "rules". */
    private List<String> found() {
        return lint().stream()
                .map(f -> f.toString()
                        .lines()
                        .findFirst()
                        .orElseThrow()
                        .replace(rules.dir().toString(), "rules"))
                .toList();
    }

    private void assertFound(String expected) {
        List<String> found = found();
        assertTrue(found.contains(expected), "expected " + expected + "\nfound:\n" + String.join("\n", found));
    }

    private void assertCodes(String... codes) {
        assertEquals(List.of(codes), lint().stream().map(f -> f.code().name()).toList(), String.join("\n", found()));
    }

    @Test
    void theDemoFolderIsClean() {
        assertEquals(List.of(), found());
    }

    @Test
    void elg001ANumberTypedIntoAConditionOrACheckCall() {
        rules.edit(DRL, "$p.age(), \"demo.age.min\"", "$p.age(), java.math.BigDecimal.valueOf(18)")
                .edit(
                        DRL,
                        "    $p : Person()\nthen\n    BenefitBuilder",
                        "    $p : Person(age().number() >= 18)\nthen\n    BenefitBuilder");
        assertFound(
                "rules/demo/rules.drl:18:63: warning: number 18 passed to c.atLeast in rule \"Is of age\" is a threshold"
                        + " written into the rule [ELG001]");
        assertFound(
                "rules/demo/rules.drl:37:35: warning: number 18 in the conditions of rule \"Monthly amount\" is a threshold"
                        + " written into the rule [ELG001]");
        assertTrue(
                lint().get(0).hint().contains("dated parameter"), lint().get(0).hint());
    }

    @Test
    void elg001ANumberAsTextIsAThresholdToo() {
        rules.edit(DRL, "$p.age(), \"demo.age.min\"", "$p.age(), new java.math.BigDecimal(\"18\")");
        assertFound(
                "rules/demo/rules.drl:18:59: warning: number \"18\" passed to c.atLeast in rule \"Is of age\" is a threshold"
                        + " written into the rule [ELG001]");
    }

    @Test
    void elg001ANumberAnywhereInACriterionsConsequence() {
        rules.edit(DRL, "$p.age(), \"demo.age.min\"", "$p.age(), java.math.BigDecimal.valueOf(min)")
                .edit(DRL, "    c.decide(c.atLeast(", "    int min = 18;\n    c.decide(c.atLeast(");
        assertFound(
                "rules/demo/rules.drl:18:15: warning: number 18 in the consequence of rule \"Is of age\" is a threshold"
                        + " written into the rule [ELG001]");
    }

    @Test
    void elg001PassesZeroOneCodesAndTheAllowList() {
        rules.edit(DRL, "b.number(\"demo.amount.monthly\")", "b.scale(b.number(\"demo.amount.monthly\"), 12, 1)")
                .edit(DRL, "c.isFalse($p.studying())", "c.isFalse($p.studying()).and(c.is($p.sex(), \"1\", \"2\"))");
        assertCodes("ELG001");
        rules.write("lint.yaml", "allow_numbers: [12]\n");
        assertCodes();
    }

    @Test
    void elg002ADateTypedIntoAConditionOrACheckCall() {
        rules.edit(
                        DRL,
                        "    $p : Person()\nthen\n    BenefitBuilder",
                        "    $p : Person(birthDate().date() < java.time.LocalDate.of(2005, 1, 1))\nthen\n    BenefitBuilder")
                .edit(
                        DRL,
                        "c.isFalse($p.studying())",
                        "c.isFalse($p.studying()).and(c.is($p.birthDate(), \"2005-01-01\"))");
        assertCodes("ELG002", "ELG002");
        assertFound(
                "rules/demo/rules.drl:30:64: warning: date \"2005-01-01\" passed to c.is in rule \"Is not studying\" is a"
                        + " threshold written into the rule [ELG002]");
        assertFound(
                "rules/demo/rules.drl:37:48: warning: date LocalDate.of(...) in the conditions of rule \"Monthly amount\""
                        + " is a threshold written into the rule [ELG002]");
    }

    @Test
    void elg002PassesDatesInMetadataAndSentences() {
        rules.edit(DRL, "    @criterion(\"DEMO-02\")", "    @criterion(\"DEMO-02\") @valid_from(\"2020-01-01\")")
                .edit(DRL, "c.isFalse($p.studying())", "c.because(\"reason.SINCE_2020-01-01\").isFalse($p.studying())");
        assertCodes();
    }

    @Test
    void elg003AParameterNoRuleReads() {
        rules.write(PARAMS, DemoRules.PARAMETERS + """
                demo.unused:
                  values:
                    - {valid_from: 2020-01-01, value: 3, tag: SEC, source: "Demo"}
                """);
        assertFound(
                "rules/demo/parameters.yaml:12:1: warning: parameter 'demo.unused' is defined but no rule reads it [ELG003]");
        rules.edit(
                DRL,
                "pide no estudiar\") @en_needs(\"requires not studying\")",
                "pide no estudiar ni {demo.unused}\") @en_needs(\"requires not studying nor {demo.unused}\")");
        assertCodes();
    }

    @Test
    void elg004AParameterReadButNotDefinedWithASuggestion() {
        rules.edit(DRL, "$p.age(), \"demo.age.min\"", "$p.age(), \"demo.age.mni\"");
        assertFound(
                "rules/demo/rules.drl:18:35: parameter 'demo.age.mni' is not defined in any parameters.yaml [ELG004]");
        assertTrue(
                lint().get(0).hint().endsWith("(did you mean 'demo.age.min'?)"),
                lint().get(0).hint());
    }

    @Test
    void elg005ValuesNotOldestFirst() {
        rules.edit(PARAMS, "valid_from: 2021-01-01, value: 1100", "valid_from: 2019-01-01, value: 1100");
        assertFound("rules/demo/parameters.yaml:11:20: values are not in date order: 2019-01-01 comes after 2020-01-01"
                + " (list them oldest first, one value per date) [ELG005]");
    }

    @Test
    void elg006ValuesThatOverlapAndOnesThatEndInTime() {
        rules.edit(
                PARAMS,
                "valid_from: 2020-01-01, value: 1000",
                "valid_from: 2020-01-01, valid_until: 2021-06-30, value: 1000");
        assertFound(
                "rules/demo/parameters.yaml:11:20: value from 2021-01-01 overlaps the previous one, valid until 2021-06-30 [ELG006]");
        rules.edit(PARAMS, "valid_until: 2021-06-30", "valid_until: 2020-12-31");
        assertCodes();
    }

    @Test
    void elg007AGapInsideTheYearsTheProgramCovers() {
        rules.edit(
                        PARAMS,
                        "valid_from: 2020-01-01, value: 1000",
                        "valid_from: 2020-01-01, valid_until: 2020-06-30, value: 1000")
                .edit(PROGRAM, "from: 2020-01-01", "from: 2019-01-01");
        assertFound(
                "rules/demo/parameters.yaml:1:1: warning: parameter 'demo.age.min' has no value for 2019-01-01 to"
                        + " 2019-12-31, dates DEMO covers: a criterion reading it is then UNKNOWN and an amount unknown [ELG007]");
        assertFound(
                "rules/demo/parameters.yaml:6:1: warning: parameter 'demo.amount.monthly' has no value for 2019-01-01 to"
                        + " 2019-12-31, dates DEMO covers: a criterion reading it is then UNKNOWN and an amount unknown [ELG007]");
        assertFound(
                "rules/demo/parameters.yaml:6:1: warning: parameter 'demo.amount.monthly' has no value for 2020-07-01 to"
                        + " 2020-12-31, dates DEMO covers: a criterion reading it is then UNKNOWN and an amount unknown [ELG007]");
        assertCodes("ELG007", "ELG007", "ELG007");
    }

    @Test
    void elg007PassesDeclaredGapsAndRuleVersionsThatStartLater() {
        rules.edit(
                        PARAMS,
                        "valid_from: 2020-01-01, value: 1000",
                        "valid_from: 2020-01-01, valid_until: 2020-06-30, value: 1000")
                .edit(PROGRAM, "from: 2020-01-01", "from: 2019-01-01")
                .edit(DRL, "    @criterion(\"DEMO-01\")", "    @criterion(\"DEMO-01\") @valid_from(\"2020-01-01\")");
        rules.write(PARAMS, read(PARAMS) + """
                  gaps:
                    - {until: 2019-12-31, reason: "The 2019 amount is not published"}
                    - {from: 2020-07-01, until: 2020-12-31, reason: "The late-2020 amount is not published"}
                """);
        assertCodes();
    }

    @Test
    void elg019ADeclaredGapWithoutReasonOrOverAValue() {
        rules.write(PARAMS, read(PARAMS) + """
                  gaps:
                    - {from: 2019-01-01, until: 2019-12-31}
                    - {from: 2020-06-01, until: 2020-12-31, reason: "overlaps"}
                """);
        assertFound(
                "rules/demo/parameters.yaml:13:7: a declared gap needs a reason (why the sources give no value) [ELG019]");
        assertFound(
                "rules/demo/parameters.yaml:14:7: the declared gap 2020-06-01 to 2020-12-31 overlaps a value of the parameter [ELG019]");
    }

    @Test
    void elg008ARuleThatNamesNoCriterionNorBenefit() {
        rules.edit(DRL, "    @criterion(\"DEMO-02\")\n", "");
        assertFound(
                "rules/demo/rules.drl:21:1: rule \"Is not studying\" has neither @criterion(\"ID\") nor @benefit(\"PROGRAM\") [ELG008]");
    }

    @Test
    void elg009ACriterionWithoutCitation() {
        rules.edit(DRL, "    @citation(\"Demo rules, section 2\")\n", "");
        assertFound(
                "rules/demo/rules.drl:21:1: rule \"Is not studying\" (criterion DEMO-02) has no @citation: where does the"
                        + " criterion come from? [ELG009]");
    }

    @Test
    void elg010AForgottenTranslation() {
        rules.edit(DRL, " @en_needs(\"requires not studying\")", "")
                .edit(DRL, " @en_found(\"{amount} MXN a month\")", "");
        assertFound(
                "rules/demo/rules.drl:21:1: rule \"Is not studying\" (criterion DEMO-02) has no @en_needs: the English"
                        + " sentence saying what the program requires [ELG010]");
        assertFound(
                "rules/demo/rules.drl:33:1: rule \"Monthly amount\" (the benefit of DEMO) has no @en_found: the English"
                        + " sentence saying what was found [ELG010]");
        assertCodes("ELG010", "ELG010");
    }

    @Test
    void elg011SentencesThatNameDifferentPlaceholders() {
        rules.edit(DRL, "@en_needs(\"requires age {demo.age.min} or more\")", "@en_needs(\"requires age 18 or more\")");
        assertFound("rules/demo/rules.drl:13:49: warning: @es_needs names [demo.age.min] but @en_needs names [] in rule"
                + " \"Is of age\" [ELG011]");
    }

    @Test
    void elg012AProgramNamedInOneLanguage() {
        rules.edit(
                PROGRAM,
                "name: {es: \"Programa de prueba\", en: \"Demo program\"}",
                "name: {es: \"Programa de prueba\"}");
        assertFound("rules/demo/program.yaml:2:7: program DEMO has no name in English [ELG012]");
    }

    @Test
    void elg013OneCriterionIdInTwoPrograms() {
        rules.write(
                "other/program.yaml",
                DemoRules.PROGRAM
                        .replace("id: DEMO", "id: OTHER")
                        .replace("[DEMO-01, DEMO-02]", "[OTHER-01, DEMO-02]"));
        assertFound("rules/other/program.yaml:4:22: criterion id DEMO-02 is also a criterion of DEMO"
                + " (rules/demo/program.yaml): each criterion belongs to one program, once [ELG013]");
        rules.edit(PROGRAM, "[DEMO-01, DEMO-02]", "[DEMO-01, DEMO-01, DEMO-02]");
        assertTrue(
                found().contains("rules/demo/program.yaml:4:21: criterion id DEMO-01 is listed twice in DEMO [ELG013]"),
                found().toString());
    }

    @Test
    void elg014ADecisionThatLeavesOutACriterion() {
        rules.edit(PROGRAM, "criteria: [DEMO-01, DEMO-02]\n", "criteria: [DEMO-01, DEMO-02]\neligible_when: DEMO-01\n");
        assertFound(
                "rules/demo/program.yaml:5:16: warning: eligible_when of DEMO does not name criterion DEMO-02: it is"
                        + " evaluated and shown but never decides [ELG014]");
    }

    @Test
    void elg014PassesACriterionDeclaredInformativeOrAnExclusion() {
        rules.edit(
                PROGRAM,
                "criteria: [DEMO-01, DEMO-02]\n",
                "criteria: [DEMO-01, DEMO-02]\neligible_when: {all: [DEMO-01]}\n" + "informative: [DEMO-02]\n");
        assertCodes();
        rules.edit(PROGRAM, "informative: [DEMO-02]\n", "exclusions: {DEMO-02: OTHER}\n");
        assertCodes();
    }

    @Test
    void elg015InformativeCriteriaThatDecideOrDoNotExist() {
        rules.edit(
                PROGRAM,
                "criteria: [DEMO-01, DEMO-02]\n",
                "criteria: [DEMO-01, DEMO-02]\ninformative: [DEMO-02, DEMO-09]\n");
        assertFound(
                "rules/demo/program.yaml:5:15: informative lists DEMO-02 decides: without eligible_when every criterion"
                        + " does [ELG015]");
        assertFound(
                "rules/demo/program.yaml:5:24: informative lists DEMO-09 is not one of the program's criteria [ELG015]");
    }

    @Test
    void elg016NestedExistsAndNot() {
        rules.edit(
                DRL,
                "    $p : Person()\nthen\n    BenefitBuilder",
                "    $p : Person()\n    exists( Household() and not Person() )\nthen\n    BenefitBuilder");
        assertFound(
                "rules/demo/rules.drl:38:5: warning: rule \"Monthly amount\" nests exists/not inside exists [ELG016]");
        rules.edit(DRL, "exists( Household() and not Person() )", "not Household()");
        assertCodes();
    }

    @Test
    void elg017ACriterionThatFiltersItsUnitsInTheConditions() {
        rules.edit(
                DRL,
                "    $p : Person()\nthen\n    Check c = out.check(kcontext, $p);\n    c.decide(c.isFalse",
                "    $p : Person(studying().known())\nthen\n    Check c = out.check(kcontext, $p);\n    c.decide(c.isFalse");
        assertFound(
                "rules/demo/rules.drl:27:17: warning: rule \"Is not studying\" (DEMO-02) constrains Person(...) in its"
                        + " conditions: a unit it does not match gets no finding [ELG017]");
        rules.edit(DRL, "Person(studying().known())", "Person()");
        assertCodes();
    }

    @Test
    void elg020RuleAttributesThatFollowTheMachineClock() {
        rules.edit(DRL, "MXN a month\")\n", "MXN a month\")\n    date-effective \"01-Jan-2021\"\n");
        assertFound(
                "rules/demo/rules.drl:36:5: warning: rule \"Monthly amount\" uses date-effective, which Drools checks"
                        + " against the machine clock, not the evaluation date [ELG020]");
        rules.edit(
                DRL,
                "MXN a month\")\n    date-effective \"01-Jan-2021\"\n",
                "MXN a month\") @valid_from(\"2021-01-01\")\n");
        assertCodes();
    }

    /** Replaces the consequence of "Is of age" (lines 17 and 18 of the demo DRL) with these lines. */
    private void ageConsequence(String... lines) {
        rules.edit(
                DRL,
                "    Check c = out.check(kcontext, $p);\n    c.decide(c.atLeast($p.age(), \"demo.age.min\"));\n",
                String.join("\n", lines) + "\n");
    }

    @Test
    void elg021ALoopInAConsequence() {
        ageConsequence(
                "    Check c = out.check(kcontext, $p);",
                "    Tri all = Tri.TRUE;",
                "    for (Person m : $p.household().living()) {",
                "        all = all.and(c.atLeast(m.age(), \"demo.age.min\"));",
                "    }",
                "    int i = 0;",
                "    while (i < 0) { i++; }",
                "    c.decide(all);");
        assertFound(
                "rules/demo/rules.drl:19:5: warning: the consequence of rule \"Is of age\" has a for loop [ELG021]");
        assertFound(
                "rules/demo/rules.drl:23:5: warning: the consequence of rule \"Is of age\" has a while loop [ELG021]");
        assertCodes("ELG021", "ELG021");
    }

    @Test
    void elg021NewInAConsequence() {
        ageConsequence(
                "    Check c = out.check(kcontext, $p);",
                "    java.util.List<Value> read = new java.util.ArrayList<>();",
                "    c.decide(c.atLeast($p.age(), \"demo.age.min\"));");
        assertFound(
                "rules/demo/rules.drl:18:34: warning: the consequence of rule \"Is of age\" creates an object with new"
                        + " java.util.ArrayList [ELG021]");
        assertCodes("ELG021");
    }

    @Test
    void elg021FormattingNumbersOrTextInAConsequence() {
        ageConsequence(
                "    Check c = out.check(kcontext, $p);",
                "    c.because(String.format(\"edad %s\", $p.age().get()), \"age\");",
                "    c.because(String.join(\", \", $p.sex().text()), $p.age().number().toPlainString());",
                "    c.because(\"edad \" + $p.age().get(), new java.text.DecimalFormat(\"#\").format($p.age().number()) + \" a\");",
                "    c.decide(c.atLeast($p.age(), \"demo.age.min\"));");
        assertFound(
                "rules/demo/rules.drl:18:15: warning: the consequence of rule \"Is of age\" formats with String.format [ELG021]");
        assertFound(
                "rules/demo/rules.drl:19:15: warning: the consequence of rule \"Is of age\" formats with String.join [ELG021]");
        assertFound(
                "rules/demo/rules.drl:19:69: warning: the consequence of rule \"Is of age\" formats with toPlainString [ELG021]");
        assertFound(
                "rules/demo/rules.drl:20:23: warning: the consequence of rule \"Is of age\" builds text with + [ELG021]");
        assertFound(
                "rules/demo/rules.drl:20:55: warning: the consequence of rule \"Is of age\" formats with DecimalFormat [ELG021]");
        assertFound(
                "rules/demo/rules.drl:20:41: warning: the consequence of rule \"Is of age\" creates an object with new"
                        + " java.text.DecimalFormat [ELG021]");
        assertCodes("ELG021", "ELG021", "ELG021", "ELG021", "ELG021", "ELG021");
    }

    @Test
    void elg021ACastToListInAConsequence() {
        ageConsequence(
                "    Check c = out.check(kcontext, $p);",
                "    Object codes = (java.util.List<Object>) $p.read(\"codes\").get();",
                "    c.decide(c.atLeast($p.age(), \"demo.age.min\"));");
        assertFound(
                "rules/demo/rules.drl:18:20: warning: the consequence of rule \"Is of age\" casts to List [ELG021]");
        assertCodes("ELG021");
    }

    @Test
    void elg021AConsequenceOfMoreThanEightLinesOfLogic() {
        List<String> lines =
                new java.util.ArrayList<>(List.of("    Check c = out.check(kcontext, $p);", "", "    // the parts"));
        for (int i = 1; i <= 7; i++) {
            lines.add("    Tri t" + i + " = c.isFalse($p.studying());");
        }
        lines.add("    c.decide(c.atLeast($p.age(), \"demo.age.min\"));");
        ageConsequence(lines.toArray(String[]::new));
        assertFound(
                "rules/demo/rules.drl:27:5: warning: the consequence of rule \"Is of age\" has 9 lines of logic, more than 8"
                        + " [ELG021]");
        assertCodes("ELG021");
        rules.edit(DRL, "    Tri t7 = c.isFalse($p.studying());\n", "    /* seven is enough */\n\n");
        assertCodes();
    }

    @Test
    void elg021PassesAShortConsequenceThatReadsLikeThePolicy() {
        ageConsequence(
                "    Check c = out.check(kcontext, $p);",
                "    // a lambda over the parts is no loop, and a parameter key is no formatting",
                "    c.decide(c.some($p.household().living(), m -> c.atLeast(m.age(), \"demo.age.min\")",
                "            .and(c.is(m.sex(), \"M\"))).or(c.isTrue($p.disability())));");
        assertCodes();
    }

    @Test
    void elg018AndElg019AcceptingWarningsOnPurpose() {
        rules.write(PARAMS, DemoRules.PARAMETERS + """
                demo.unused:
                  values:
                    - {valid_from: 2020-01-01, value: 3, tag: SEC, source: "Demo"}
                """);
        rules.write("lint.yaml", "accept:\n  - {code: ELG003, subject: demo.unused, reason: \"kept for next year\"}\n");
        assertCodes();
        rules.write(
                "lint.yaml",
                "accept:\n  - {code: ELG003, subject: demo.unused, reason: \"kept for next year\"}\n"
                        + "  - {code: ELG003, subject: demo.gone, reason: \"was unused\"}\n"
                        + "  - {code: ELG004, subject: demo.x, reason: \"errors cannot be accepted\"}\n"
                        + "  - {code: ELG001, subject: x}\n");
        assertFound(
                "rules/lint.yaml:3:5: warning: lint.yaml accepts ELG003 for 'demo.gone', which no longer occurs [ELG018]");
        assertFound("rules/lint.yaml:4:5: ELG004 is an error and cannot be accepted [ELG019]");
        assertFound("rules/lint.yaml:5:5: accept needs a subject (what the warning is about) and a reason [ELG019]");
        assertCodes("ELG018", "ELG019", "ELG019");
    }

    private String read(String file) {
        try {
            return java.nio.file.Files.readString(rules.dir().resolve(file));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
