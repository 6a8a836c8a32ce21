package org.elige.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.elige.fixtures.FixtureSuite;
import org.elige.input.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Freezes a logged decision into a fixture pair: {@code <name>.input.json} (the logged canonical
 * input) and {@code <name>.expected.json} (evaluation date, overrides, input errors, and per result
 * the outcome, benefit, missing facts, conflicts and criterion statuses). When the folder is named
 * after a program ({@code fixtures/jcf/...}) only that program's results are expected.
 */
public final class FixtureWriter {

    private FixtureWriter() {}

    /** Writes the pair for {@code to} (a path without suffix); returns the two files. */
    public static List<Path> write(Row row, Path to) throws IOException {
        Entry e = row.entry();
        Path input = Path.of(to + FixtureSuite.INPUT);
        Path expected = Path.of(to + FixtureSuite.EXPECTED);
        if (to.getParent() != null) {
            Files.createDirectories(to.getParent());
        }
        JsonNode decision = DecisionShape.selfContained(Json.READER.readTree(e.decisionJson()));
        String folder =
                to.getParent() == null ? "" : to.getParent().getFileName().toString();
        Files.writeString(input, pretty(Json.READER.readTree(e.inputJson())), StandardCharsets.UTF_8);
        Files.writeString(expected, pretty(expected(e, decision, folder)), StandardCharsets.UTF_8);
        return List.of(input, expected);
    }

    static ObjectNode expected(Entry e, JsonNode decision, String folder) {
        ObjectNode x = Json.WRITER.createObjectNode();
        x.put(
                "note",
                "Frozen from logged decision " + e.decisionId() + " (decided at " + e.decidedAt() + ", rule set "
                        + e.ruleSetId() + "). Replace this note with the source and the arithmetic.");
        x.put("as_of", e.evaluationDate());
        JsonNode params = Json.READER.readTree(e.parameterOverrides());
        if (!params.isEmpty()) {
            x.set("params", params);
        }
        if (!decision.path("errors").isEmpty()) {
            decision.path("errors")
                    .forEach(err -> x.withArray("errors").add(err.path("path").asString()));
        }
        boolean one = decision.path("results")
                .valueStream()
                .anyMatch(r -> r.path("program").asString().equalsIgnoreCase(folder));
        for (JsonNode r : decision.path("results")) {
            if (!one || r.path("program").asString().equalsIgnoreCase(folder)) {
                x.withArray("results").add(result(r));
            }
        }
        return x;
    }

    private static ObjectNode result(JsonNode r) {
        ObjectNode o = Json.WRITER.createObjectNode();
        o.put("program", r.path("program").asString());
        o.put("unit", r.at("/unit/id").asString());
        o.put("outcome", r.path("outcome").asString());
        o.set("benefit", r.path("benefit").isObject() ? r.at("/benefit/amount") : null);
        o.set("missing", r.path("missing"));
        o.set("conflicts_with", r.path("conflicts_with"));
        ObjectNode criteria = o.putObject("criteria");
        r.path("criteria")
                .forEach(c ->
                        criteria.put(c.path("id").asString(), c.path("status").asString()));
        return o;
    }

    private static String pretty(JsonNode n) {
        return Json.PRETTY.writeValueAsString(n) + "\n";
    }
}
