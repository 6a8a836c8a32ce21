package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.elige.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A broken rule edit never reaches users: a reload compiles aside and runs the fixtures, swaps only
 * when both pass, and otherwise keeps serving the old rule set and reports every problem in
 * {@code GET /rules}. The opt-in file watch does the same on its own.
 */
class ReloadTest {
    @TempDir
    Path dir;

    @Test
    void aReloadSwapsOnlyWhenTheRulesCompileAndTheFixturesPass() throws Exception {
        Path rules = copy(TestRules.RULES, dir.resolve("rules"));
        copy(TestRules.FIXTURES, dir.resolve("fixtures"));
        try (Server server = start(false)) {
            Client c = Client.to(server);
            String first =
                    c.get("/api/v1/rules").json().path("rule_set").path("id").asString();

            edit(rules.resolve("jcf/age.drl"), "end", "");
            Client.Answer broken = c.post("/api/v1/rules:reload", "");
            assertEquals(422, broken.status(), broken.body());
            assertTrue(broken.body().contains("rules/jcf/age.drl:"), broken.body());
            JsonNode state = c.get("/api/v1/rules").json();
            assertEquals(first, state.path("rule_set").path("id").asString());
            assertFalse(state.path("last_reload").path("swapped").asBoolean());
            assertTrue(
                    state.path("last_reload").path("errors").get(0).asString().contains("jcf/age.drl:"),
                    state.toString());
            assertEquals(
                    first,
                    c.post("/api/v1/evaluations", ApiTest.EXAMPLE)
                            .json()
                            .path("rule_set")
                            .path("id")
                            .asString());

            Files.copy(
                    TestRules.RULES.resolve("jcf/age.drl"),
                    rules.resolve("jcf/age.drl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            edit(rules.resolve("jcf/parameters.yaml"), "value: 29,", "value: 28,");
            Client.Answer failing = c.post("/api/v1/rules:reload", "");
            assertEquals(422, failing.status(), failing.body());
            assertTrue(
                    failing.body().contains("fixtures/jcf/")
                            && failing.body().contains(".expected.json:1:1: fixture fails"),
                    failing.body());
            assertEquals(
                    first,
                    c.get("/api/v1/rules").json().path("rule_set").path("id").asString());

            edit(rules.resolve("jcf/parameters.yaml"), "value: 28,", "value: 29,");
            edit(rules.resolve("ruleset.yaml"), "label: \"2026.11\"", "label: \"2026.11-b\"");
            Client.Answer good = c.post("/api/v1/rules:reload", "");
            assertEquals(200, good.status(), good.body());
            String second = good.json().path("rule_set").path("id").asString();
            assertNotEquals(first, second);
            assertTrue(good.json().path("last_reload").path("swapped").asBoolean());
            JsonNode decision = c.post("/api/v1/evaluations", ApiTest.EXAMPLE).json();
            assertEquals(
                    second,
                    decision.path("rule_set").path("id").asString(),
                    "each decision names the rule set that made it");
            assertEquals("2026.11-b", decision.path("rule_set").path("label").asString());
            String metrics = c.get("/api/v1/metrics").body();
            assertTrue(metrics.contains("elige_rule_reloads_total{result=\"refused\"} 2"), metrics);
            assertTrue(metrics.contains("elige_rule_reloads_total{result=\"swapped\"} 1"), metrics);
        }
    }

    @Test
    void aParametersFileOfRandomBytesAndARuleThatThrowsAreRefusedWith422AndGetRulesShowsThatAttemptsErrors()
            throws Exception {
        Path rules = copy(TestRules.RULES, dir.resolve("rules"));
        copy(TestRules.FIXTURES, dir.resolve("fixtures"));
        try (Server server = start(false)) {
            Client c = Client.to(server);
            JsonNode before = c.get("/api/v1/rules").json();
            String first = before.path("rule_set").path("id").asString();
            assertEquals("rules", before.path("folder").asString(), "the folder's name, not where it is");

            edit(rules.resolve("jcf/age.drl"), "end", "");
            assertEquals(422, c.post("/api/v1/rules:reload", "").status());
            Files.copy(
                    TestRules.RULES.resolve("jcf/age.drl"),
                    rules.resolve("jcf/age.drl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            byte[] noise = new byte[4096];
            new java.util.Random(12).nextBytes(noise);
            Files.write(rules.resolve("jcf/parameters.yaml"), noise);
            Client.Answer randomBytes = c.post("/api/v1/rules:reload", "");
            assertEquals(422, randomBytes.status(), randomBytes.body());
            assertTrue(
                    randomBytes.body().contains("rules/jcf/parameters.yaml:1:1: not UTF-8 text"), randomBytes.body());
            JsonNode state = c.get("/api/v1/rules").json();
            assertEquals(1, state.path("last_reload").path("errors").size(), "this attempt's error only: " + state);
            assertTrue(
                    state.path("last_reload").path("errors").get(0).asString().startsWith("rules/jcf/parameters.yaml:"),
                    state.toString());
            assertEquals(first, state.path("rule_set").path("id").asString(), "the working rules stay in service");
            Files.copy(
                    TestRules.RULES.resolve("jcf/parameters.yaml"),
                    rules.resolve("jcf/parameters.yaml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            edit(
                    rules.resolve("jcf/age.drl"),
                    "    Check c = out.check(kcontext, $p);",
                    "    if ($p != null) { throw new IllegalStateException(\"boom in a consequence\"); }\n    Check c = out.check(kcontext, $p);");
            Client.Answer throwing = c.post("/api/v1/rules:reload", "");
            assertEquals(422, throwing.status(), throwing.body());
            // the throwing rule leaves JCF-01 UNKNOWN with a rule-defect reason, so the fixtures no longer decide as
            // expected
            assertTrue(
                    throwing.body().contains("fixture fails:")
                            && throwing.body()
                                    .contains("JCF-01: expected Met, got Unknown (Criterion JCF-01 could not be "
                                            + "decided: its rule failed on this record"),
                    throwing.body().substring(0, 600));
            state = c.get("/api/v1/rules").json();
            assertFalse(state.path("last_reload").path("swapped").asBoolean());
            assertTrue(
                    state.path("last_reload")
                            .path("errors")
                            .get(0)
                            .asString()
                            .contains("Criterion JCF-01 could not be decided: its rule failed"),
                    state.toString());
            for (JsonNode e : state.path("last_reload").path("errors")) {
                assertFalse(e.asString().contains("parameters.yaml"), "no error of the previous attempt: " + e);
            }
            assertFalse(
                    state.toString().contains(dir.toString()),
                    "no absolute path: " + state.toString().substring(0, 300));
            assertFalse(throwing.body().contains(dir.toString()));
            Client.Answer decided = c.post("/api/v1/evaluations", ApiTest.EXAMPLE);
            assertEquals(201, decided.status(), decided.body());
            assertEquals(first, decided.json().path("rule_set").path("id").asString());
            assertTrue(c.get("/api/v1/metrics").body().contains("elige_rule_reloads_total{result=\"refused\"} 3"));
        }
    }

    @Test
    void theFileWatchReloadsOnItsOwnAndStillRefusesABrokenEdit() throws Exception {
        Path rules = copy(TestRules.RULES, dir.resolve("rules"));
        copy(TestRules.FIXTURES, dir.resolve("fixtures"));
        try (Server server = start(true)) {
            Client c = Client.to(server);
            JsonNode state = c.get("/api/v1/rules").json();
            assertTrue(state.path("watching").asBoolean());
            String first = state.path("rule_set").path("id").asString();
            edit(rules.resolve("pam/age.drl"), "end", "");
            JsonNode refused = until(c, s -> !s.path("last_reload").isNull());
            assertFalse(refused.path("last_reload").path("swapped").asBoolean(), refused.toString());
            assertEquals(first, refused.path("rule_set").path("id").asString());
            Files.copy(
                    TestRules.RULES.resolve("pam/age.drl"),
                    rules.resolve("pam/age.drl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            edit(rules.resolve("ruleset.yaml"), "label: \"2026.11\"", "label: \"watched\"");
            JsonNode swapped =
                    until(c, s -> s.path("rule_set").path("label").asString().equals("watched"));
            assertNotEquals(first, swapped.path("rule_set").path("id").asString());
        }
    }

    private Server start(boolean watch) throws Exception {
        ServerOptions o = ServerOptions.defaults(dir.resolve("elige.db").toString(), dir.resolve("tokens.json"), true)
                .withRules(dir.resolve("rules"), dir.resolve("fixtures"), watch);
        return Server.start(o, new PrintWriter(new StringWriter(), true));
    }

    /** Polls GET /rules until the state matches (the watch waits for edits to settle, then compiles and replays). */
    private static JsonNode until(Client c, java.util.function.Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode s = c.get("/api/v1/rules").json();
            if (done.test(s)) {
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the rule watch did not act within 180 s");
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
