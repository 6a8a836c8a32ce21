package org.elige.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.elige.cli.Main;
import org.elige.input.Json;
import tools.jackson.databind.JsonNode;

/**
 * {@code elige batch} (in process, two threads) over a JSON Lines file of fuzzed records mixed with
 * lines that are not records at all and blank lines: it ends with exit code 0 or 2, never 5; every
 * non-blank line is either decided (its decision in the output, in input order) or listed in
 * {@code --errors} as refused, and every line listed there exists; nothing shows a stack trace and
 * the errors file stays in linear proportion to the input.
 */
@AddLifecycleHook(Campaign.class)
class BatchFuzzTest {

    /** One line of the file: a fuzzed record (its household_id set to {@code B-<line>} first) or raw bytes. */
    record Line(Fuzzed record, Raw raw) {
        byte[] bytes(int number) {
            if (raw != null) {
                return raw.bytes();
            }
            List<Edit> edits = new ArrayList<>();
            edits.add(new Edit.Put("/household_id", Raw.of("\"B-" + number + "\"")));
            edits.addAll(record.edits());
            return new Fuzzed(record.fixture(), edits).bytes();
        }

        @Override
        public String toString() {
            return raw != null ? "raw " + raw : record.toString();
        }
    }

    @Property(tries = 3)
    void everyLineIsDecidedOrListed(@ForAll("files") List<Line> lines, @ForAll("details") String detail)
            throws Exception {
        Path dir = Files.createTempDirectory("elige-fuzz-batch");
        try {
            check(dir, lines, detail);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void check(Path dir, List<Line> lines, String detail) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Map<Integer, byte[]> nonBlank = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byte[] b = lines.get(i).bytes(i + 1);
            file.writeBytes(b);
            file.write(i % 7 == 3 ? '\r' : ' ');
            file.write('\n');
            if (!new String(b, StandardCharsets.ISO_8859_1).isBlank()) {
                nonBlank.put(i + 1, b);
            }
        }
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("errors.jsonl");
        Files.write(in, file.toByteArray());
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Deadline.within(
                "the batch of " + lines.size() + " lines",
                Math.max(1, lines.size() / 20),
                () -> Main.run(
                        new ByteArrayInputStream(new byte[0]),
                        new PrintWriter(stdout),
                        new PrintWriter(stderr),
                        "batch",
                        in.toString(),
                        "-o",
                        out.toString(),
                        "--errors",
                        errors.toString(),
                        "--threads",
                        "2",
                        "--detail",
                        detail));
        assertTrue(
                code == Main.OK || code == Main.INVALID_INPUT,
                "exit code " + code + ", expected 0 or 2:\n" + cut(stderr.toString()));
        Verdict.noStackTrace("batch's standard error", stderr.toString());

        String errorsText = Files.readString(errors, StandardCharsets.UTF_8);
        Verdict.noStackTrace("the errors file", errorsText);
        Verdict.linear(
                "the errors file", Files.size(errors), Files.size(in), Verdict.ERRORS_PER_BYTE, Verdict.ERRORS_FIXED);
        Map<Integer, Boolean> listed = new LinkedHashMap<>();
        for (String l : errorsText.lines().toList()) {
            JsonNode e = Json.READER.readTree(l);
            int line = e.path("line").asInt();
            assertTrue(nonBlank.containsKey(line), "the errors file lists line " + line + ", not a record line");
            assertFalse(listed.containsKey(line), "line " + line + " listed twice");
            assertTrue(
                    e.path("errors").isArray() && !e.path("errors").isEmpty(),
                    "line " + line + " is listed with its problems");
            listed.put(line, e.path("decided").asBoolean());
        }
        assertEquals(code == Main.OK, listed.isEmpty(), "exit 0 exactly when no line is listed in --errors");

        List<Integer> decided = nonBlank.keySet().stream()
                .filter(n -> !Boolean.FALSE.equals(listed.get(n)))
                .toList();
        List<String> decisions =
                Files.readString(out, StandardCharsets.UTF_8).lines().toList();
        if (decisions.size() != decided.size()) {
            List<Integer> missing = nonBlank.keySet().stream()
                    .filter(n -> !listed.containsKey(n))
                    .toList();
            fail(String.format(
                    "%d lines decided or listed as decided, %d decisions written; %d record lines, %d listed; exit %d:%n%s",
                    decided.size(), decisions.size(), nonBlank.size(), listed.size(), code, cut(stderr.toString())));
        }
        for (int k = 0; k < decisions.size(); k++) {
            JsonNode d = Json.READER.readTree(decisions.get(k));
            String id = d.path("household_id").asString("");
            if (id.matches("B-\\d+")) {
                assertEquals(
                        "B-" + decided.get(k),
                        id,
                        "decision " + (k + 1) + " is of line " + decided.get(k) + " (input order)");
            }
            assertTrue(d.path("results").isArray(), "decision " + (k + 1) + " has results");
        }
    }

    private static String cut(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }

    @Provide
    Arbitrary<List<Line>> files() {
        Arbitrary<Line> records = Mutations.quick().map(f -> new Line(f, null));
        Arbitrary<Line> fixtures = Mutations.fixture().map(f -> new Line(new Fuzzed(f, List.of()), null));
        Arbitrary<Line> junk = Arbitraries.oneOf(
                        Hostile.malformed(),
                        Hostile.wrongTypes(),
                        Hostile.numbers(),
                        Arbitraries.of(
                                        "",
                                        "   ",
                                        "\t",
                                        "not json",
                                        "{",
                                        "{}",
                                        "[{}]",
                                        "{\"household_id\":\"X\"}\u0000",
                                        "\u00ef\u00bb\u00bf{}")
                                .map(s -> new Raw("raw " + s, s.getBytes(StandardCharsets.ISO_8859_1))))
                .map(r -> new Line(null, r));
        return Arbitraries.frequencyOf(Tuple.of(6, records), Tuple.of(2, fixtures), Tuple.of(1, junk))
                .list()
                .ofMinSize(1)
                .ofMaxSize(Campaign.size(120))
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<String> details() {
        return Arbitraries.of("full", "lean");
    }
}
