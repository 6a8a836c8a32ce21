package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.elige.cli.Main;
import org.elige.input.Json;
import org.elige.input.SchemaCheck;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API as a client sees it: decisions, batches, the catalogue, and every kind of bad request. */
class ApiTest {
    static final String EXAMPLE = read("examples/household.json");
    private final Client caseworker = TestServers.secured().as(Role.CASEWORKER);

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEvaluationIsCreatedWithItsLocationAndTheWholeDecision() {
        Client.Answer a = caseworker.post("/api/v1/evaluations", EXAMPLE);
        assertEquals(201, a.status(), a.body());
        assertEquals("application/json", a.contentType());
        JsonNode d = a.json();
        assertEquals("/api/v1/evaluations/" + d.path("decision_id").asString(), a.location());
        assertEquals("H-0001", d.path("household_id").asString());
        JsonNode jcf = result(d, "JCF", "P2");
        assertEquals("ELIGIBLE", jcf.path("outcome").asString());
        assertEquals("8480.17", jcf.path("benefit").path("amount").asString());
        assertEquals(
                TestServers.rules().get().id(), d.path("rule_set").path("id").asString());
    }

    @Test
    void anEvaluationSaysWhenEachResultWouldOpenAndWhatSingleChangeWould() {
        JsonNode p = caseworker.post("/api/v1/evaluations", EXAMPLE).json().path("prospects");
        assertEquals("2030-10-01", p.path("until").asString());
        JsonNode pam = item(p, "PAM", "P3");
        assertEquals("2029-02-10", pam.path("eligible_from").path("date").asString());
        assertEquals(
                "turns 65", pam.path("eligible_from").path("because").path("en").asString());
        JsonNode coop = item(p, "COOP", "G1").path("would_qualify_if").get(0);
        assertEquals("/groups/0/members_count", coop.path("path").asString());
        assertEquals(5, coop.path("needed").asInt());
        assertEquals(">=", coop.path("comparison").asString());
        JsonNode near =
                caseworker.post("/api/v1/evaluations?horizon=1", EXAMPLE).json().path("prospects");
        assertEquals("2026-10-01", near.path("until").asString());
        assertTrue(item(near, "PAM", "P3").isMissingNode()
                || item(near, "PAM", "P3").path("eligible_from").isMissingNode());
        assertEquals(
                400, caseworker.post("/api/v1/evaluations?horizon=0", EXAMPLE).status());
        assertEquals(
                400,
                caseworker.post("/api/v1/evaluations?next_dates=maybe", EXAMPLE).status());
        assertTrue(caseworker
                .post("/api/v1/evaluations?next_dates=false", EXAMPLE)
                .json()
                .path("prospects")
                .isMissingNode());
    }

    static JsonNode item(JsonNode prospects, String program, String unit) {
        for (JsonNode i : prospects.path("items")) {
            if (program.equals(i.path("program").asString())
                    && unit.equals(i.path("unit").path("id").asString())) {
                return i;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void theEvaluationDateAndWhatIfParametersComeFromTheQuery() {
        JsonNode d = caseworker
                .post("/api/v1/evaluations?as_of=2025-12-31&param=jcf.only_formal_work_disqualifies=true", EXAMPLE)
                .json();
        assertEquals("2025-12-31", d.path("evaluation_date").asString());
        assertTrue(d.path("parameter_overrides")
                .path("jcf.only_formal_work_disqualifies")
                .asBoolean());
    }

    @Test
    void malformedJsonIsA400WithTheParsePosition() {
        Client.Answer a = caseworker.post("/api/v1/evaluations", "{\"household_id\": \"H\",\n \"members\": [}");
        assertEquals(400, a.status(), a.body());
        assertEquals("application/problem+json", a.contentType());
        JsonNode p = a.json();
        assertEquals(400, p.path("status").asInt());
        assertTrue(p.path("detail").asString().contains("línea 2, columna 14"), p.toString());
        assertEquals("", p.path("errors").get(0).path("path").asString());
        assertTrue(caseworker
                .post("/api/v1/evaluations?lang=en", "{")
                .json()
                .path("detail")
                .asString()
                .contains("line 1"));
    }

    @Test
    void inputErrorsAreA422WithEveryPointerTheCommandLineNames() throws Exception {
        String bad = EXAMPLE.replace("\"birth_date\": \"2003-06-11\"", "\"birthdate\": \"2003-06-11\"")
                .replace("HEGG560427MVZRRL04", "HEGG560427MVZRRL05")
                .replace("\"sex\": \"H\"", "\"sex\": \"male\"");
        Client.Answer a = caseworker.post("/api/v1/evaluations", bad);
        assertEquals(422, a.status(), a.body());
        Set<String> http = pointers(a.json().path("errors"));
        assertEquals(Set.of("/members/1/birthdate", "/members/0/curp", "/members/2/sex"), http);
        StringWriter out = new StringWriter();
        Main.run(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                "evaluate",
                "-",
                "--format",
                "json");
        assertEquals(pointers(Json.READER.readTree(out.toString()).path("errors")), http);
    }

    @Test
    void aBodyOverTheLimitIsA413WhetherDeclaredOrStreamed() {
        byte[] big = new byte[(int) Bodies.DEFAULT_LIMIT + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertEquals(
                413,
                caseworker.post("/api/v1/evaluations", big, "application/json").status());
        var chunked = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(caseworker.base() + "/api/v1/evaluations"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        Client.Answer a = caseworker.send(chunked);
        assertEquals(413, a.status());
        assertEquals("application/problem+json", a.contentType());
    }

    @Test
    void aBodyThatIsNotJsonByItsTypeIsA415() {
        assertEquals(
                415,
                caseworker
                        .post("/api/v1/evaluations", EXAMPLE.getBytes(StandardCharsets.UTF_8), "text/plain")
                        .status());
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405AsProblems() {
        Client.Answer missing = caseworker.get("/api/v1/nothing-here");
        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType());
        Client.Answer wrong = caseworker.method("DELETE", "/api/v1/programs");
        assertEquals(405, wrong.status());
        assertEquals("application/problem+json", wrong.contentType());
        assertEquals(405, wrong.json().path("status").asInt());
    }

    @Test
    void aBatchAnswersEachRecordOnItsOwnInOrder() {
        String body =
                "[" + EXAMPLE + ", {\"household_id\": \"H-2\", \"members\": [{\"member_id\": \"P1\", \"sex\": \"Q\"}], "
                        + "\"evaluation_date\": \"2025-10-01\"}, 7]";
        Client.Answer a = caseworker.post("/api/v1/evaluations:batch", body);
        assertEquals(200, a.status(), a.body());
        JsonNode items = a.json().path("items");
        assertEquals(
                List.of(201, 422, 400),
                List.of(
                        items.get(0).path("status").asInt(),
                        items.get(1).path("status").asInt(),
                        items.get(2).path("status").asInt()));
        assertTrue(items.get(0)
                .path("location")
                .asString()
                .endsWith(items.get(0).path("decision").path("decision_id").asString()));
        assertEquals(
                "/members/0/sex",
                items.get(1).path("problem").path("errors").get(0).path("path").asString());
        assertEquals(2, a.json().path("refused").asInt());
    }

    @Test
    void aBatchOverTheMaximumOrNotAnArrayIsRefused() {
        String many = "[" + String.join(",", java.util.Collections.nCopies(101, "{}")) + "]";
        assertEquals(413, caseworker.post("/api/v1/evaluations:batch", many).status());
        assertEquals(400, caseworker.post("/api/v1/evaluations:batch", "{}").status());
        assertEquals(400, caseworker.post("/api/v1/evaluations:batch", "[{]").status());
    }

    @Test
    void theCatalogueGivesCriteriaSentencesAndParametersInForce() {
        JsonNode c = caseworker.get("/api/v1/programs?as_of=2025-10-01").json();
        assertEquals("2025-10-01", c.path("as_of").asString());
        JsonNode jcf = find(c.path("programs"), "id", "JCF");
        assertEquals(
                "Jóvenes Construyendo el Futuro", jcf.path("name").path("es").asString());
        assertEquals("PERSON", jcf.path("unit").asString());
        JsonNode age = find(jcf.path("criteria"), "id", "JCF-01");
        assertTrue(age.path("found").path("es").asString().contains("{age:year}"));
        assertTrue(age.path("needs").path("en").asString().contains("{jcf.age.min}"));
        assertTrue(!age.path("citation").asString().isBlank());
        JsonNode min = find(jcf.path("parameters"), "key", "jcf.age.min");
        assertEquals(18, min.path("value").asInt());
        assertEquals("SEC", min.path("tag").asString());
        assertTrue(min.path("source").asString().contains("Lineamientos"));
        assertEquals(400, caseworker.get("/api/v1/programs?as_of=yesterday").status());
    }

    @Test
    void theSchemaIsTheOneTheEngineChecksAndIsPublic() {
        Client.Answer a = Client.to(TestServers.secured().server()).get("/api/v1/schema");
        assertEquals(200, a.status());
        assertEquals(SchemaCheck.text(), a.body());
    }

    /**
     * The page's form labels every field of the schema ({@code fact.<object>.<field>} where one name
     * means two things, else {@code fact.<field>}), every code ({@code code.<field>.<value>} or
     * {@code code.<value>}) and every state ({@code code.cve_ent.NN}), in both languages.
     */
    @Test
    void theLabelsNameEveryFieldCodeAndStateOfTheSchema() {
        Client open = Client.to(TestServers.secured().server());
        for (String lang : List.of("es", "en")) {
            Client.Answer a = open.get("/api/v1/labels?lang=" + lang);
            assertEquals(200, a.status(), a.body());
            JsonNode labels = a.json();
            List<String> missing = new java.util.ArrayList<>();
            JsonNode schema = Json.READER.readTree(SchemaCheck.text());
            labelled(schema, "household", schema, labels, missing);
            for (int n = 1; n <= 32; n++) {
                if (!labels.has(String.format("code.cve_ent.%02d", n))) {
                    missing.add(String.format("code.cve_ent.%02d", n));
                }
            }
            assertTrue(missing.isEmpty(), lang + ": no label for " + missing);
        }
        assertEquals(
                "Oaxaca",
                open.get("/api/v1/labels?lang=es")
                        .json()
                        .path("code.cve_ent.20")
                        .asString());
        assertEquals(
                "muy alto",
                open.get("/api/v1/labels?lang=es").json().path("code.MUY_ALTO").asString());
        assertEquals(
                "very high",
                open.get("/api/v1/labels?lang=en").json().path("code.MUY_ALTO").asString());
    }

    /** Walks a schema node: each property needs a fact label, each enum value a code label. */
    private static void labelled(JsonNode node, String parent, JsonNode root, JsonNode labels, List<String> missing) {
        if (node.has("$ref")) {
            labelled(root.at(node.path("$ref").asString().substring(1)), parent, root, labels, missing);
        }
        node.path("enum").forEach(v -> {
            if (v.isString()
                    && !labels.has("code." + parent + "." + v.asString())
                    && !labels.has("code." + v.asString())) {
                missing.add("code." + v.asString());
            }
        });
        if (node.has("items")) {
            labelled(node.path("items"), parent, root, labels, missing);
        }
        node.path("properties").properties().forEach(p -> {
            String name = p.getKey();
            if (!name.equals("schema_version")
                    && !labels.has("fact." + parent + "." + name)
                    && !labels.has("fact." + name)) {
                missing.add("fact." + name);
            }
            labelled(p.getValue(), name, root, labels, missing);
        });
    }

    @Test
    void healthAndMetricsAreOpenAndCountWhatHappened() {
        Client open = Client.to(TestServers.secured().server());
        caseworker.post("/api/v1/evaluations", EXAMPLE);
        Client.Answer h = open.get("/api/v1/health");
        assertEquals(200, h.status());
        assertTrue(h.json().path("ready").asBoolean());
        String m = open.get("/api/v1/metrics").body();
        assertTrue(
                m.contains("elige_http_requests_total{method=\"POST\",route=\"/api/v1/evaluations\",status=\"201\"}"),
                m);
        assertTrue(
                m.contains(
                        "elige_http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/v1/evaluations\",le=\"+Inf\"}"));
        assertTrue(m.contains("elige_results_total{outcome=\"ELIGIBLE\"}"));
        assertTrue(m.contains("elige_rule_reloads_total{result=\"swapped\"}"));
        for (String stage : List.of("read", "evaluate", "hash", "record", "write")) {
            java.util.regex.Matcher count = java.util.regex.Pattern.compile(
                            "elige_evaluation_stage_seconds_count\\{stage=\"" + stage + "\"} (\\d+)")
                    .matcher(m);
            assertTrue(count.find() && Long.parseLong(count.group(1)) >= 1, "the " + stage + " step was timed: " + m);
        }
    }

    static JsonNode result(JsonNode decision, String program, String unit) {
        for (JsonNode r : decision.path("results")) {
            if (r.path("program").asString().equals(program)
                    && r.path("unit").path("id").asString().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError("no " + program + " result for " + unit);
    }

    static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.path(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + list);
    }

    static Set<String> pointers(JsonNode errors) {
        Set<String> out = new TreeSet<>();
        errors.forEach(e -> out.add(e.path("path").asString()));
        return out;
    }
}
