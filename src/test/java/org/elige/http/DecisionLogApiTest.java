package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every decision the API answers is in the decision log: read back, listed, and its chain verified. */
class DecisionLogApiTest {
    private final TestServers.Secured secured = TestServers.secured();
    private final Client caseworker = secured.as(Role.CASEWORKER);
    private final Client auditor = secured.as(Role.AUDITOR);

    @Test
    void aDecisionReadsBackExactlyAsItWasAnswered() {
        Client.Answer created = caseworker.post("/api/v1/evaluations", ApiTest.EXAMPLE);
        // what would open each result is answered beside the decision, not logged with it
        tools.jackson.databind.node.ObjectNode decision = (tools.jackson.databind.node.ObjectNode) created.json();
        assertTrue(decision.remove("prospects") != null);
        for (Client reader : List.of(caseworker, auditor)) {
            Client.Answer again = reader.get(created.location());
            assertEquals(200, again.status());
            assertEquals(decision, again.json());
        }
        Client.Answer alone = caseworker.post("/api/v1/evaluations?next_dates=false", ApiTest.EXAMPLE);
        assertEquals(alone.json(), caseworker.get(alone.location()).json());
        Client.Answer missing = caseworker.get("/api/v1/evaluations/01NOSUCHDECISION0000000000");
        assertEquals(404, missing.status());
        assertTrue(missing.json().path("type").asString().endsWith("decision-not-found"));
    }

    @Test
    void aHouseholdsDecisionsAreListedNewestFirstAPageAtATime() {
        String household = "H-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(
                    0,
                    caseworker
                            .post("/api/v1/evaluations", ApiTest.EXAMPLE.replace("H-0001", household))
                            .json()
                            .path("decision_id")
                            .asString());
        }
        JsonNode first = caseworker
                .get("/api/v1/evaluations?household_id=" + household + "&limit=2")
                .json();
        assertEquals(2, first.path("items").size());
        assertEquals(ids.get(0), first.path("items").get(0).path("decision_id").asString());
        assertEquals(
                "/api/v1/evaluations/" + ids.get(1),
                first.path("items").get(1).path("location").asString());
        JsonNode second = caseworker
                .get("/api/v1/evaluations?household_id=" + household + "&limit=2&cursor="
                        + first.path("next_cursor").asString())
                .json();
        assertEquals(1, second.path("items").size());
        assertEquals(ids.get(2), second.path("items").get(0).path("decision_id").asString());
        assertTrue(second.path("next_cursor").isNull());
        String today = first.path("items").get(0).path("decided_at").asString().substring(0, 10);
        assertEquals(
                3,
                caseworker
                        .get("/api/v1/evaluations?household_id=" + household + "&from=" + today + "&to=" + today)
                        .json()
                        .path("items")
                        .size());
        assertEquals(
                0,
                caseworker
                        .get("/api/v1/evaluations?household_id=" + household + "&to=2020-01-01")
                        .json()
                        .path("items")
                        .size());
        assertEquals(
                400,
                caseworker.get("/api/v1/evaluations?household_id=x&limit=0").status());
        assertEquals(
                400,
                caseworker.get("/api/v1/evaluations?household_id=x&cursor=abc").status());
    }

    @Test
    void aBatchsDecisionsAreAllRecorded() {
        JsonNode items = caseworker
                .post("/api/v1/evaluations:batch", "[" + ApiTest.EXAMPLE + "," + ApiTest.EXAMPLE + "]")
                .json()
                .path("items");
        for (JsonNode item : items) {
            assertEquals(200, caseworker.get(item.path("location").asString()).status());
        }
    }

    @Test
    void theChainVerifiesAndATamperedRecordIsFound(@TempDir Path dir) throws Exception {
        JsonNode ok = auditor.get("/api/v1/audit/verify").json();
        assertTrue(ok.path("intact").asBoolean(), ok.toString());
        Server own = TestServers.start(true, dir);
        try {
            Client c = Client.to(own);
            for (int i = 0; i < 3; i++) {
                assertEquals(201, c.post("/api/v1/evaluations", ApiTest.EXAMPLE).status());
            }
            JsonNode before = c.get("/api/v1/audit/verify").json();
            assertEquals(3, before.path("records").asInt());
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("elige.db"));
                    Statement s = db.createStatement()) {
                s.executeUpdate(
                        "UPDATE decision_log SET decision_json = replace(decision_json, 'ELIGIBLE', 'CONFLICT') WHERE seq = 2");
            }
            Client.Answer after = c.get("/api/v1/audit/verify");
            assertEquals(409, after.status());
            assertFalse(after.json().path("intact").asBoolean());
            assertEquals(2, after.json().path("problem").path("seq").asInt());
            String anchor = "anchor_seq=3&anchor_hash="
                    + before.path("head").path("record_hash").asString();
            assertEquals(400, c.get("/api/v1/audit/verify?anchor_seq=3").status());
            assertEquals(409, c.get("/api/v1/audit/verify?" + anchor).status());
            String second = c.get("/api/v1/evaluations?limit=3")
                    .json()
                    .path("items")
                    .get(1)
                    .path("decision_id")
                    .asString();
            JsonNode replay = c.post("/api/v1/replay", "{\"decision_ids\": [\"" + second + "\"]}")
                    .json();
            assertEquals(
                    "DIFFERENT", replay.path("decisions").get(0).path("verdict").asString(), replay.toString());
        } finally {
            own.close();
        }
    }

    @Test
    void anAuditorReplaysDecisionsUnderTheirOwnOrTheActiveRuleSet() {
        String id = caseworker
                .post("/api/v1/evaluations?param=jcf.only_formal_work_disqualifies=true", ApiTest.EXAMPLE)
                .json()
                .path("decision_id")
                .asString();
        for (String rules : List.of("own", "active")) {
            Client.Answer a = auditor.post(
                    "/api/v1/replay", "{\"decision_ids\": [\"" + id + "\"], \"rule_set\": \"" + rules + "\"}");
            assertEquals(200, a.status(), a.body());
            assertEquals(1, a.json().path("summary").path("identical").asInt(), a.body());
            assertEquals(
                    "IDENTICAL",
                    a.json().path("decisions").get(0).path("verdict").asString());
        }
        JsonNode range = auditor.post("/api/v1/replay", "{\"from\": \"2020-01-01\", \"limit\": 1}")
                .json();
        assertEquals(1, range.path("summary").path("replayed").asInt());
        assertTrue(range.path("truncated").asBoolean());
        assertEquals(
                404,
                auditor.post("/api/v1/replay", "{\"decision_ids\": [\"01NOSUCHDECISION\"]}")
                        .status());
        Client.Answer bad =
                auditor.post("/api/v1/replay", "{\"from\": \"soon\", \"rule_set\": \"mine\", \"limit\": 0, \"x\": 1}");
        assertEquals(400, bad.status());
        assertEquals(
                java.util.Set.of("/from", "/rule_set", "/limit", "/x"),
                ApiTest.pointers(bad.json().path("errors")));
        assertEquals(400, auditor.post("/api/v1/replay", "[1]").status());
        assertEquals(400, auditor.post("/api/v1/replay", "{").status());
    }

    @Test
    void healthIncludesTheDatabase() {
        JsonNode h = Client.to(secured.server()).get("/api/v1/health").json();
        assertEquals("UP", h.path("checks").path("database").path("status").asString());
        assertTrue(h.path("ready").asBoolean());
        assertEquals(Json.READER.getNodeFactory().booleanNode(true), h.path("live"));
    }
}
