package org.elige.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.elige.cli.Main;

/**
 * {@code elige evaluate -} run in process on fuzzed records, in both formats and languages: exit
 * code 0 (decided) or 2 (input errors), never 1 or 5; output and messages bounded as in
 * {@link Verdict}; no stack trace. Each try loads the rules as the command does (from the package
 * cache), so tries are few.
 */
@AddLifecycleHook(Campaign.class)
class CliFuzzTest {

    record Run(int code, String out, String err) {}

    static Run run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Property(tries = 12)
    void evaluateAnswersEveryRecordWithADecisionOrItsInputErrors(
            @ForAll("records") Fuzzed f, @ForAll("formats") String format, @ForAll("langs") String lang)
            throws Exception {
        byte[] input = f.bytes();
        Run r = Deadline.within("evaluate", () -> run(input, "evaluate", "-", "--format", format, "--lang", lang));
        String all = r.out() + r.err();
        Verdict.noStackTrace("evaluate's output", all);
        assertTrue(
                r.code() == Main.OK || r.code() == Main.INVALID_INPUT,
                "exit code " + r.code() + ", expected 0 or 2; standard error:\n" + cut(r.err()));
        if (r.code() == Main.INVALID_INPUT) {
            assertFalse(r.err().isBlank() && r.out().isBlank(), "exit 2 says why");
        }
        assertFalse(r.out().isEmpty() && r.code() == Main.OK, "exit 0 prints the decision");
        long outBytes = r.out().getBytes(StandardCharsets.UTF_8).length;
        long errBytes = r.err().getBytes(StandardCharsets.UTF_8).length;
        Verdict.linear(
                "evaluate's standard error", errBytes, input.length, Verdict.ERRORS_PER_BYTE, Verdict.ERRORS_FIXED);
        Verdict.linear(
                "evaluate's standard output",
                outBytes,
                input.length,
                Verdict.DECISION_PER_BYTE,
                Verdict.DECISION_FIXED);
        if (!r.out().isEmpty()) {
            assertFalse(Verdict.RULE_DEFECT.matcher(r.out()).find(), "a rule failed on the record:\n" + cut(r.out()));
        }
    }

    /**
     * A what-if with a hostile value ({@code --param KEY=1e999999999}, text for a number, an empty
     * list) or a hostile {@code --as-of} on a fixture: a usage error (exit 1) or an answer (0 or 2),
     * bounded, in time, never an internal error.
     */
    @Property(tries = 10)
    void whatIfsWithHostileValuesAreRefusedOrDecided(
            @ForAll("fixtures") Fixtures.Fixture fixture,
            @ForAll("params") String key,
            @ForAll("paramValues") String value,
            @ForAll("asOf") String asOf)
            throws Exception {
        byte[] input = new Fuzzed(fixture, java.util.List.of()).bytes();
        java.util.List<String> args = new java.util.ArrayList<>(
                java.util.List.of("evaluate", "-", "--format", "json", "--param", key + "=" + value));
        if (!asOf.isEmpty()) {
            args.add("--as-of");
            args.add(asOf);
        }
        Run r = Deadline.within("evaluate " + String.join(" ", args), () -> run(input, args.toArray(String[]::new)));
        Verdict.noStackTrace("evaluate's output", r.out() + r.err());
        assertTrue(
                r.code() == Main.OK || r.code() == Main.USAGE || r.code() == Main.INVALID_INPUT,
                "exit code " + r.code() + ", expected 0, 1 or 2; standard error:\n" + cut(r.err()));
        long size = (r.out() + r.err()).getBytes(StandardCharsets.UTF_8).length;
        long given = input.length + key.length() + value.length() + asOf.length();
        Verdict.linear("evaluate's output", size, given, Verdict.DECISION_PER_BYTE, Verdict.DECISION_FIXED);
        if (r.code() != Main.USAGE) {
            assertFalse(
                    Verdict.RULE_DEFECT.matcher(r.out()).find(), "a rule failed under the what-if:\n" + cut(r.out()));
        }
    }

    @Provide
    Arbitrary<Fixtures.Fixture> fixtures() {
        return Mutations.fixture();
    }

    @Provide
    Arbitrary<String> params() {
        return Arbitraries.of(java.util.List.copyOf(
                org.elige.TestRules.shipped().parameters().all().keySet()));
    }

    @Provide
    Arbitrary<String> paramValues() {
        return Arbitraries.oneOf(
                Hostile.numbers().map(r -> new String(r.bytes(), StandardCharsets.UTF_8)),
                Arbitraries.of(
                        "", " ", "true", "false", "x", ",", ",,,", "NaN", "-0", "1,2,3", "\u0000", "A".repeat(10_000)));
    }

    @Provide
    Arbitrary<String> asOf() {
        return Arbitraries.of(
                "",
                "",
                "",
                "2025-10-01",
                "0000-01-01",
                "+999999999-12-31",
                "-999999999-01-01",
                "1900-01-01",
                "9999-12-31",
                "2025-02-30",
                "1e999999999",
                "today");
    }

    private static String cut(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }

    @Provide
    Arbitrary<Fuzzed> records() {
        return Mutations.anyKind();
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("json", "text");
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of("es", "en");
    }
}
