package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What would open each result, in evaluate's text and JSON and in batch (issue 18). */
class NextDatesTest {
    static final String EXAMPLE = "examples/household.json";

    @Test
    void theTextReportSaysWhenAndWhatUnlessToldNot() {
        Cli c = Cli.run("evaluate", EXAMPLE, "--lang", "en");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("→ Can apply from 10 February 2029 (turns 65)."), c.out());
        assertTrue(
                c.out().contains("→ Would qualify if the number of members of group G1 were at least 5 (now 2)."),
                c.out());
        assertFalse(Cli.run("evaluate", EXAMPLE, "--no-next-dates").out().contains("→"));
        assertEquals(Main.USAGE, Cli.run("evaluate", EXAMPLE, "--horizon", "0").code());
    }

    @Test
    void jsonHasProspectsOnlyWhenAskedAndTheDecisionIsUnchanged() {
        JsonNode plain = Json.READER.readTree(
                Cli.run("evaluate", EXAMPLE, "--format", "json").out());
        assertTrue(plain.path("prospects").isMissingNode());
        JsonNode asked = Json.READER.readTree(
                Cli.run("evaluate", EXAMPLE, "--format", "json", "--next-dates").out());
        assertEquals("2030-10-01", asked.path("prospects").path("until").asString());
        ((tools.jackson.databind.node.ObjectNode) asked).remove("prospects");
        for (String moving : new String[] {"decision_id", "decided_at"}) {
            ((tools.jackson.databind.node.ObjectNode) asked).remove(moving);
            ((tools.jackson.databind.node.ObjectNode) plain).remove(moving);
        }
        assertEquals(plain, asked);
    }

    @Test
    void batchAddsProspectsToEachLineWithNextDates(@TempDir Path dir) throws Exception {
        String line = Json.WRITER.writeValueAsString(Json.READER.readTree(Files.readAllBytes(Path.of(EXAMPLE))));
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line + "\n");
        Path off = dir.resolve("off.jsonl");
        Path on = dir.resolve("on.jsonl");
        Cli a = Cli.run("batch", in.toString(), "-o", off.toString(), "--detail", "lean", "--no-progress");
        assertEquals(0, a.code(), a.err());
        assertFalse(Files.readString(off).contains("\"prospects\""));
        Cli b = Cli.run(
                "batch", in.toString(), "-o", on.toString(), "--detail", "lean", "--no-progress", "--next-dates");
        assertEquals(0, b.code(), b.err());
        JsonNode d = Json.READER.readTree(Files.readString(on).strip());
        assertEquals(
                "2029-02-10",
                d.at("/prospects/items/1/eligible_from/date").asString(),
                d.path("prospects").toString());
        assertEquals("COOP", d.at("/prospects/items/0/program").asString());
    }
}
