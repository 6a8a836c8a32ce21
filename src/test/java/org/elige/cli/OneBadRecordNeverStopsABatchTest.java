package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.elige.TestRules;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12: a 1,001-line batch with one bad record at line ~500 stopped there with exit 5 (and so
 * did {@code --resume}). Now every line is decided or listed in {@code --errors} (with a JSON
 * Pointer), the batch ends with 0 or 2, never 5; absurd what-ifs are usage errors.
 */
class OneBadRecordNeverStopsABatchTest {
    @TempDir
    Path dir;

    /** Bad records by the line they replace, each of a kind issue 12 found. */
    private static Map<Integer, String> bad(String good) {
        Map<Integer, String> bad = new TreeMap<>();
        bad.put(495, good.replaceFirst("\"locality_population\":\\d+", "\"locality_population\":\"850\""));
        bad.put(496, good.replaceFirst("\"area_ha\":[0-9.]+", "\"area_ha\":\"3\""));
        bad.put(497, good.replaceFirst("\"rooms_total\":\\d+", "\"rooms_total\":1e19"));
        bad.put(
                498,
                good.replaceFirst(
                        "\"household_monthly_income_mxn\":[0-9.]+", "\"household_monthly_income_mxn\":1e999999999"));
        bad.put(499, good.replaceFirst("\"birth_date\":\"[0-9-]+\"", "\"birth_date\":\"0000-01-01\""));
        bad.put(500, good.replaceFirst("\"household_id\":", "\"household_id\":\"TWICE\",\"household_id\":"));
        bad.put(501, "{\"household_id\": \"H\", \"members\": [");
        bad.put(
                502,
                "{\"household_id\":\"MANY\",\"evaluation_date\":\"2025-10-01\",\"members\":["
                        + String.join(",", java.util.Collections.nCopies(201, "{\"member_id\":\"M\"}")) + "]}");
        bad.put(
                503,
                "{\"household_id\":\"GROUP\",\"evaluation_date\":\"2025-10-01\",\"members\":[],"
                        + "\"groups\":[{\"group_id\":\"G1\",\"members_count\":2147483648}]}");
        bad.put(504, "{\"household_id\":\"FAR\",\"evaluation_date\":\"+999999999-12-31\",\"members\":[]}");
        return bad;
    }

    @Test
    void aThousandAndOneLinesWithBadRecordsInTheMiddleEndWithEveryLineDecidedOrListed() throws Exception {
        Generator g = new Generator(12, LocalDate.parse("2025-10-01"), TestRules.shipped());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            lines.add(Json.WRITER.writeValueAsString(g.household(i)));
        }
        String good = lines.get(0);
        assertTrue(
                good.contains("\"locality_population\":")
                        && good.contains("\"rooms_total\":")
                        && good.contains("\"area_ha\":"),
                "the generated record has the fields the bad ones change: " + good);
        Map<Integer, String> bad = bad(good);
        bad.forEach((line, text) -> {
            assertFalse(text.equals(good), "line " + line + " is changed");
            lines.set(line - 1, text);
        });
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("errors.jsonl");
        Files.write(in, lines);

        Cli r = assertTimeoutPreemptively(
                Duration.ofMinutes(3),
                () -> Cli.run(
                        "batch", in.toString(), "-o", out.toString(), "--errors", errors.toString(), "--threads", "2"));

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
        List<JsonNode> listed = Files.readAllLines(errors).stream()
                .map(l -> (JsonNode) Json.READER.readTree(l))
                .toList();
        Set<Integer> listedLines =
                listed.stream().map(e -> e.path("line").asInt()).collect(Collectors.toSet());
        assertTrue(listedLines.containsAll(bad.keySet()), "every bad line is listed: " + listedLines);
        long refused =
                listed.stream().filter(e -> !e.path("decided").asBoolean()).count();
        long decided = Files.readAllLines(out).size();
        assertEquals(1001, decided + refused, "every line is decided or refused");
        assertEquals(
                Set.of(500, 501, 502, 504),
                listed.stream()
                        .filter(e -> !e.path("decided").asBoolean())
                        .map(e -> e.path("line").asInt())
                        .collect(Collectors.toSet()),
                "only unreadable records are refused");
        for (JsonNode e : listed) {
            assertTrue(e.path("errors").size() >= 1 && e.path("errors").size() <= 51, e.toString());
            assertTrue(
                    e.toString().length() < 20_000,
                    "a bounded line: " + e.toString().length());
        }
        assertEquals(
                "/household_id",
                errorAt(listed, 500).path("errors").path(0).path("path").asString());
        assertEquals(
                "/members",
                errorAt(listed, 502).path("errors").path(0).path("path").asString());
        assertTrue(r.err().contains("1,001 records"), r.err());
    }

    private static JsonNode errorAt(List<JsonNode> listed, int line) {
        return listed.stream()
                .filter(e -> e.path("line").asInt() == line)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAbsurdWhatIfIsAUsageErrorNotMinutesOfArithmetic() {
        Cli r = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> Cli.run("evaluate", "examples/household.json", "--param", "jcf.age.max=1e999999999"));
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(
                r.err().contains("el parámetro «jcf.age.max» admite un número de magnitud menor que 10^15"), r.err());
        Cli batch = Cli.run("batch", "-", "--param", "jcf.age.max=1e999999999");
        assertEquals(Main.USAGE, batch.code(), batch.err());
    }

    @Test
    void anEvaluationDateFarInTheFutureIsAUsageError() {
        Cli r = Cli.run("evaluate", "examples/household.json", "--as-of", "+999999999-12-31");
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(
                r.err().contains("--as-of admite una fecha del 1900-01-01 al 2100-12-31, no +999999999-12-31."),
                r.err());
    }

    @Test
    void aRecordOverTheMemberLimitIsALocatedInputError() {
        String json = "{\"household_id\":\"MANY\",\"evaluation_date\":\"2025-10-01\",\"members\":["
                + String.join(",", java.util.Collections.nCopies(10_000, "{\"member_id\":\"M\"}")) + "]}";
        Cli r = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> Cli.withInput(json, "evaluate", "-", "--lang", "en"));
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertEquals(
                "-:/members: The record has 10,000 items in members; at most 200 are accepted.",
                r.err().strip());
    }
}
