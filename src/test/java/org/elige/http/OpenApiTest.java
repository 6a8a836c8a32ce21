package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.elige.audit.DecisionShape;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document matches the service: the same routes with the same roles, and real answers
 * of every route (successes and problems) validate against the schemas it declares for them.
 */
class OpenApiTest {
    private static final String BASE = "https://elige.example/openapi.json";
    private final TestServers.Secured secured = TestServers.secured();
    private final Client anonymous = Client.to(secured.server());
    private final String text = anonymous.get("/api/v1/openapi.json").body();
    private final JsonNode doc = Json.READER.readTree(text);
    private final SchemaRegistry registry =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(BASE, text)));

    @Test
    void theDocumentListsExactlyTheServedRoutesWithTheirRoles() {
        assertEquals("3.1.0", doc.path("openapi").asString());
        Set<String> served = new TreeSet<>();
        secured.server().routes().forEach(r -> served.add(r.method().toLowerCase() + " " + r.path() + " " + r.roles()));
        Set<String> documented = new TreeSet<>();
        doc.path("paths")
                .properties()
                .forEach(p -> p.getValue().properties().forEach(m -> {
                    List<String> roles = new ArrayList<>();
                    m.getValue().path("x-roles").forEach(r -> roles.add(r.asString()));
                    documented.add(m.getKey() + " " + p.getKey() + " " + roles);
                }));
        assertEquals(served, documented);
    }

    @Test
    void realAnswersValidateAgainstTheDocument() {
        Client cw = secured.as(Role.CASEWORKER);
        Client manager = secured.as(Role.MANAGER);
        check("post", "/api/v1/evaluations", cw.post("/api/v1/evaluations", ApiTest.EXAMPLE));
        check("post", "/api/v1/evaluations", cw.post("/api/v1/evaluations", "{"));
        check("post", "/api/v1/evaluations", cw.post("/api/v1/evaluations", "{\"household_id\": 3, \"members\": []}"));
        check("post", "/api/v1/evaluations", cw.post("/api/v1/evaluations", new byte[2 << 20], "application/json"));
        check("post", "/api/v1/evaluations", cw.post("/api/v1/evaluations", new byte[1], "text/csv"));
        check("post", "/api/v1/evaluations", anonymous.post("/api/v1/evaluations", "{}"));
        check("post", "/api/v1/evaluations", manager.post("/api/v1/evaluations", "{}"));
        String vary = "/api/v1/vary?pointer=/household_monthly_income_mxn&from=0&to=20000&step=2500";
        check("post", "/api/v1/vary", cw.post(vary, ApiTest.EXAMPLE));
        check("post", "/api/v1/vary", cw.post(vary.replace("step=2500", "step=0"), ApiTest.EXAMPLE));
        check("post", "/api/v1/vary", cw.post(vary, "{\"household_id\": 3, \"members\": []}"));
        check(
                "post",
                "/api/v1/evaluations:batch",
                cw.post("/api/v1/evaluations:batch", "[" + ApiTest.EXAMPLE + ", {}, 1]"));
        Client auditor = secured.as(Role.AUDITOR);
        String location = cw.post("/api/v1/evaluations", ApiTest.EXAMPLE).location();
        check("get", "/api/v1/evaluations/{id}", cw.get(location));
        check("get", "/api/v1/evaluations/{id}", cw.get("/api/v1/evaluations/nope"));
        check("get", "/api/v1/evaluations", cw.get("/api/v1/evaluations?household_id=H-0001&limit=1"));
        check("get", "/api/v1/evaluations", cw.get("/api/v1/evaluations"));
        check("get", "/api/v1/evaluations", auditor.get("/api/v1/evaluations?from=2020-01-01&limit=3"));
        check("get", "/api/v1/evaluations", auditor.get("/api/v1/evaluations?limit=-3"));
        check("get", "/api/v1/audit/verify", auditor.get("/api/v1/audit/verify"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        check("post", "/api/v1/replay", auditor.post("/api/v1/replay", "{\"decision_ids\": [\"" + id + "\"]}"));
        check(
                "post",
                "/api/v1/replay",
                auditor.post("/api/v1/replay", "{\"from\": \"2020-01-01\", \"limit\": 2, \"rule_set\": \"active\"}"));
        check("post", "/api/v1/replay", auditor.post("/api/v1/replay", "{\"decision_ids\": [\"nope\"]}"));
        check("post", "/api/v1/replay", auditor.post("/api/v1/replay", "{\"limit\": \"all\"}"));
        check("get", "/api/v1/audit/verify", auditor.get("/api/v1/audit/verify?anchor_seq=x"));
        check("get", "/api/v1/programs", cw.get("/api/v1/programs?as_of=2025-10-01"));
        check("get", "/api/v1/programs", cw.get("/api/v1/programs?as_of=2018-01-01"));
        check("get", "/api/v1/programs", cw.get("/api/v1/programs?as_of=soon"));
        check("get", "/api/v1/schema", anonymous.get("/api/v1/schema"));
        check("get", "/api/v1/labels", anonymous.get("/api/v1/labels?lang=en"));
        check("get", "/api/v1/rules", cw.get("/api/v1/rules"));
        check("post", "/api/v1/rules:reload", manager.post("/api/v1/rules:reload", ""));
        check("get", "/api/v1/health", anonymous.get("/api/v1/health"));
        check("get", "/api/v1/ready", anonymous.get("/api/v1/ready"));
        check("get", "/api/v1/live", anonymous.get("/api/v1/live"));
        check("get", "/api/v1/evaluations", auditor.get("/api/v1/evaluations?to=%2B999999999-12-31"));
        check("get", "/api/v1/metrics", anonymous.get("/api/v1/metrics"));
        check("get", "/api/v1/openapi.json", anonymous.get("/api/v1/openapi.json"));
        check("delete", "/api/v1/rules", cw.method("DELETE", "/api/v1/rules"), "405");
    }

    @Test
    void theExampleDecisionAsksItsQuestionsAsTheDocumentSays() {
        JsonNode decision = Json.READER.readTree(secured.as(Role.CASEWORKER)
                .post("/api/v1/evaluations", ApiTest.EXAMPLE)
                .body());
        JsonNode first = decision.path("questions").path(0);
        assertEquals(
                "la CURP de Rosa Lopez Hernandez (P2)",
                first.path("text").path("es").asString());
        assertEquals("/members/1/curp", first.path("pointers").path(0).asString(), first.toString());
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/Question"));
        assertEquals(List.of(), schema.validate(first.toString(), InputFormat.JSON));
        String wrong = first.toString()
                .replace("\"person\"", "\"member\"")
                .replaceAll("\"pointers\":\\[[^\\]]*\\]", "\"pointers\":[]");
        String errors = schema.validate(wrong, InputFormat.JSON).toString();
        assertTrue(errors.contains("kind") && errors.contains("pointers"), errors);
    }

    @Test
    void aDecisionOfEitherShapeValidatesAsItsOwnShape() {
        String two = secured.as(Role.CASEWORKER)
                .post("/api/v1/evaluations", ApiTest.EXAMPLE)
                .body();
        // a logged shape-1 record: the decision alone, without the prospects answered beside it
        ObjectNode logged = (ObjectNode) Json.READER.readTree(two);
        logged.remove("prospects");
        String one = Json.WRITER.writeValueAsString(DecisionShape.selfContained(logged));
        for (String[] c :
                new String[][] {{two, "DecisionShape2", "DecisionShape1"}, {one, "DecisionShape1", "DecisionShape2"}}) {
            assertEquals(List.of(), schema("Decision").validate(c[0], InputFormat.JSON));
            assertEquals(List.of(), schema(c[1]).validate(c[0], InputFormat.JSON));
            assertTrue(!schema(c[2]).validate(c[0], InputFormat.JSON).isEmpty(), c[2]);
        }
    }

    private Schema schema(String name) {
        return registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name));
    }

    @Test
    void theCheckCatchesAnAnswerThatBreaksTheDocument() {
        String wrong = "{\"decision_id\": 7, \"results\": [{\"outcome\": \"MAYBE\"}]}";
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/Decision"));
        List<Error> errors = schema.validate(wrong, InputFormat.JSON);
        assertTrue(errors.size() >= 3, errors.toString());
        assertTrue(errors.toString().contains("outcome"), errors.toString());
    }

    /** Validates an answer against the schema the document gives for its path, method, status and media type. */
    private void check(String method, String path, Client.Answer a) {
        check(method, path, a, String.valueOf(a.status()));
    }

    private void check(String method, String path, Client.Answer a, String status) {
        String media = a.contentType().split(";", 2)[0].trim();
        String at = doc.path("paths").has(path) && doc.path("paths").path(path).has(method)
                ? "/paths/" + escape(path) + "/" + method + "/responses/" + status
                : null;
        if (at == null) {
            at = "/components/responses/MethodNotAllowed";
        }
        JsonNode response = doc.at(at);
        assertTrue(
                !response.isMissingNode(),
                method + " " + path + ": no documented response " + status + "\n" + a.body());
        if (response.has("$ref")) {
            at = response.path("$ref").asString().substring(1);
            response = doc.at(at);
        }
        assertTrue(
                response.path("content").has(media),
                method + " " + path + " " + status + ": undocumented media type " + media);
        Schema schema =
                registry.getSchema(SchemaLocation.of(BASE + "#" + at + "/content/" + escape(media) + "/schema"));
        assertNotNull(schema);
        JsonNode body = media.startsWith("text/")
                ? Json.READER.getNodeFactory().stringNode(a.body())
                : Json.READER.readTree(a.body());
        List<Error> errors = schema.validate(body.toString(), InputFormat.JSON);
        assertTrue(
                errors.isEmpty(),
                method + " " + path + " " + status + ": " + errors + "\n"
                        + a.body().substring(0, Math.min(600, a.body().length())));
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }
}
