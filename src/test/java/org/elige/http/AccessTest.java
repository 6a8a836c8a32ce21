package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal: each route that names roles answers 401 without a token or with an unknown or
 * revoked one, and 403 to every role it does not allow; open routes need no token.
 */
class AccessTest {
    private final TestServers.Secured secured = TestServers.secured();

    @Test
    void everyProtectedRouteRefusesAMissingOrUnknownTokenWith401() {
        List<Server.Route> protectedRoutes = secured.server().routes().stream()
                .filter(r -> !r.roles().isEmpty())
                .toList();
        assertTrue(protectedRoutes.size() >= 7, protectedRoutes.toString());
        Client anonymous = Client.to(secured.server());
        for (Server.Route r : protectedRoutes) {
            Client.Answer none = call(anonymous, r);
            assertEquals(401, none.status(), r + " without a token");
            assertEquals("application/problem+json", none.contentType());
            assertEquals(401, call(anonymous.with("elige_not-a-real-token"), r).status(), r + " with an unknown token");
            assertEquals(401, send(anonymous, r, "Basic dXNlcjpwYXNz").status(), r + " with Basic credentials");
            assertEquals(401, send(anonymous, r, "Bearer ").status(), r + " with an empty bearer token");
        }
    }

    @Test
    void everyProtectedRouteRefusesEveryOtherRoleWith403AndLetsItsOwnRolesIn() {
        for (Server.Route r : secured.server().routes()) {
            for (Role role : Role.values()) {
                int status = call(secured.as(role), r).status();
                if (r.roles().isEmpty() || r.roles().contains(role.name())) {
                    assertTrue(status != 401 && status != 403, r + " as " + role + ": " + status);
                } else {
                    assertEquals(403, status, r + " as " + role);
                }
            }
        }
    }

    @Test
    void theRolesAreTheOnesTheIssueGives() {
        assertEquals(List.of("CASEWORKER"), roles("POST", "/api/v1/evaluations"));
        assertEquals(List.of("CASEWORKER"), roles("POST", "/api/v1/evaluations:batch"));
        assertEquals(List.of("MANAGER"), roles("POST", "/api/v1/rules:reload"));
        assertEquals(List.of(), roles("GET", "/api/v1/health"));
        assertEquals(List.of(), roles("GET", "/api/v1/metrics"));
        assertEquals(List.of(), roles("GET", "/api/v1/openapi.json"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws IOException {
        String token = secured.store().create("temporary", Role.CASEWORKER);
        Client c = Client.to(secured.server()).with(token);
        assertEquals(200, c.get("/api/v1/rules").status());
        assertTrue(secured.store().revoke("temporary"));
        Client.Answer a = c.get("/api/v1/rules");
        assertEquals(401, a.status());
        assertTrue(a.json().path("type").asString().endsWith("invalid-token"));
    }

    @Test
    void thePageHealthMetricsAndTheDocumentAreOpen() {
        Client anonymous = Client.to(secured.server());
        for (String path : List.of("/", "/app.js", "/api/v1/health", "/api/v1/metrics", "/api/v1/openapi.json")) {
            assertEquals(200, anonymous.get(path).status(), path);
        }
        Client.Answer page = anonymous.get("/");
        assertTrue(page.header("Content-Security-Policy").startsWith("default-src 'self'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals(
                "no-store",
                secured.as(Role.CASEWORKER).get("/api/v1/rules").header("Cache-Control"),
                "decisions are not cached");
    }

    @Test
    void developmentModeServesOnlyOnLoopback(@TempDir Path dir) {
        ServerOptions o = new ServerOptions(
                "0.0.0.0",
                0,
                Path.of("rules"),
                Path.of("fixtures"),
                org.elige.audit.LogLocation.of(dir.resolve("db").toString()),
                dir.resolve("tokens.json"),
                true,
                false,
                Bodies.DEFAULT_LIMIT,
                10);
        assertThrows(
                IllegalArgumentException.class,
                () -> Server.start(o, TestServers.rules(), new PrintWriter(new StringWriter())));
        assertEquals(200, Client.to(TestServers.dev()).get("/api/v1/rules").status(), "no token needed on loopback");
    }

    @Test
    void theTokensFileHoldsHashesNeverTokens(@TempDir Path dir) throws IOException {
        TokenStore store = new TokenStore(dir.resolve("tokens.json"));
        String token = store.create("ana", Role.AUDITOR);
        String file = Files.readString(dir.resolve("tokens.json"));
        assertFalse(file.contains(token));
        assertTrue(file.contains(TokenStore.sha256(token)));
        assertTrue(file.contains("\"role\" : \"AUDITOR\"") && file.contains("\"created_at\""), file);
        assertTrue(token.length() >= 43 + 6, "256 random bits");
        assertEquals("ana", store.find(token).name());
        assertEquals(null, store.find(token + "x"));
        assertThrows(IllegalArgumentException.class, () -> store.create("ana", Role.MANAGER));
    }

    private List<String> roles(String method, String path) {
        return secured.server().routes().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no route " + method + " " + path))
                .roles();
    }

    @Test
    void aCaseworkerListsOneHouseholdAtATimeAndAnAuditorAll() {
        assertEquals(403, secured.as(Role.CASEWORKER).get("/api/v1/evaluations").status());
        assertEquals(
                200,
                secured.as(Role.CASEWORKER)
                        .get("/api/v1/evaluations?household_id=H-0001")
                        .status());
        assertEquals(200, secured.as(Role.AUDITOR).get("/api/v1/evaluations").status());
    }

    /** Calls a route with a harmless body: the access check comes before the body is read. */
    static Client.Answer call(Client c, Server.Route r) {
        String path = r.path().replace("{id}", "01NOSUCHDECISION")
                + (r.path().equals("/api/v1/evaluations") ? "?household_id=H-0001" : "");
        return r.method().equals("POST")
                ? c.post(path, path.endsWith("/replay") ? "{\"limit\": 1}" : "{}")
                : c.method(r.method(), path);
    }

    private static Client.Answer send(Client c, Server.Route r, String authorization) {
        String path = r.path().replace("{id}", "01NOSUCHDECISION");
        HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(c.base() + path))
                .header("Authorization", authorization)
                .method(r.method(), HttpRequest.BodyPublishers.ofString("{}"));
        return c.send(b);
    }

    static List<String> paths(List<Server.Route> routes) {
        List<String> out = new ArrayList<>();
        routes.forEach(r -> out.add(r.method() + " " + r.path()));
        return out;
    }
}
