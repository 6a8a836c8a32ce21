package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service never answers 500 to bad input: bodies, queries and request lines no client should send. */
class BadRequestTest {
    private final Client caseworker = TestServers.secured().as(Role.CASEWORKER);
    private static final String EXAMPLE = ApiTest.EXAMPLE;

    @Test
    void badInputIsNeverA500() {
        List<String> bodies = new ArrayList<>(List.of(
                "",
                " ",
                "null",
                "[]",
                "\"x\"",
                "{",
                "}",
                "{}",
                "1e999999",
                "{\"members\": \"x\"}",
                "{\"household_id\": 1, \"members\": [1, 2]}",
                "{\"household_id\": \"H\", \"members\": [], " + "\"evaluation_date\": \"2025-02-30\"}",
                "{\"household_id\": \"H\", \"members\": [{}], \"evaluation_date\": \"x\"}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(200) + "1" + "}".repeat(200),
                "\u0000",
                "{\"household_id\": \"\\ud800\"}"));
        for (String b : bodies) {
            for (String path : List.of("/api/v1/evaluations", "/api/v1/evaluations:batch")) {
                int s = caseworker.post(path, b).status();
                assertTrue(
                        s == 400 || s == 413 || s == 422 || s == 200 && path.endsWith("batch"),
                        path + " " + s + " for " + b.substring(0, Math.min(40, b.length())));
            }
        }
        byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        assertTrue(caseworker
                        .post("/api/v1/evaluations", notUtf8, "application/json")
                        .status()
                < 500);
        for (String q : List.of("as_of=x", "param=", "param==x", "param=x", "lang=zz&as_of=2025-1-1", "as_of=%E2%82")) {
            int s = caseworker.post("/api/v1/evaluations?" + q, EXAMPLE).status();
            assertTrue(s == 400 || s == 201, q + " " + s);
        }
        String badQuery = raw("GET /api/v1/programs?as_of=%ZZ HTTP/1.1");
        assertTrue(badQuery.startsWith("HTTP/1.1 ") && badQuery.charAt(9) != '5', badQuery);
        String badPath = raw("GET /api/v1/%ZZ HTTP/1.1");
        assertTrue(badPath.startsWith("HTTP/1.1 400") && badPath.contains("application/problem+json"), badPath);
    }

    @Test
    void absurdDatesInTheQueryAreA400NamingTheParameterNotA500() {
        Client auditor = TestServers.secured().as(Role.AUDITOR);
        List<String> absurd = List.of(
                "%2B999999999-12-31",
                "-999999999-01-01",
                "0000-01-01",
                "99999-01-01",
                "2025-02-30",
                "1899-12-31",
                "2200-01-01",
                "2025-1-1",
                "20250101");
        for (String v : absurd) {
            for (String[] at : new String[][] {
                {"GET", "/api/v1/evaluations?to=" + v, "to"},
                {"GET", "/api/v1/evaluations?from=" + v, "from"},
                {"GET", "/api/v1/programs?as_of=" + v, "as_of"},
                {"POST", "/api/v1/evaluations?as_of=" + v, "as_of"}
            }) {
                Client.Answer a = at[0].equals("GET")
                        ? (at[1].startsWith("/api/v1/programs") ? caseworker : auditor).get(at[1] + "&lang=en")
                        : caseworker.post(at[1] + "&lang=en", EXAMPLE);
                assertEquals(400, a.status(), at[1] + ": " + a.body());
                String detail = a.json().path("detail").asString();
                assertTrue(
                        detail.startsWith("Query parameter " + at[2] + " is \"")
                                && detail.contains("from 1900-01-01 to 2199-12-31"),
                        detail);
            }
        }
        assertEquals(200, caseworker.get("/api/v1/programs?as_of=1900-01-01").status());
        assertEquals(200, caseworker.get("/api/v1/programs?as_of=2199-12-31").status());
        assertEquals(200, auditor.get("/api/v1/evaluations?to=2199-12-31").status());
        String longValue = "9".repeat(5000);
        Client.Answer a = caseworker.get("/api/v1/programs?as_of=" + longValue);
        assertEquals(400, a.status());
        assertTrue(
                a.body().length() < 1000,
                "the value is echoed cut short: " + a.body().length() + " characters");
    }

    @Test
    void theOpenHealthCheckShowsNoPathOnTheServer() {
        Client anonymous = Client.to(TestServers.secured().server());
        Client.Answer health = anonymous.get("/api/v1/health");
        assertEquals(200, health.status(), health.body());
        String db = TestServers.secured().server().service().options().db().spec();
        assertTrue(db.startsWith("/") || db.contains(":\\"), "the test log is at an absolute path: " + db);
        assertFalse(health.body().contains(db), health.body());
        assertFalse(health.body().contains(Path.of(db).getParent().toString()), health.body());
        for (String route : List.of("/api/v1/ready", "/api/v1/live")) {
            Client.Answer a = anonymous.get(route);
            assertEquals(200, a.status(), route);
            assertFalse(a.body().contains(db), a.body());
        }
    }

    @Test
    void aProblemSpeaksTheCallersLanguageInTitleAndDetail() {
        Client.Answer es = caseworker.post("/api/v1/evaluations?param=jcf.agemax%3D21", EXAMPLE);
        assertEquals(400, es.status(), es.body());
        assertEquals("Parámetro de escenario no válido", es.json().path("title").asString());
        assertEquals(
                "param: parámetro desconocido «jcf.agemax» (¿quiso decir «jcf.age.max»?)",
                es.json().path("detail").asString());
        Client.Answer en = caseworker.post("/api/v1/evaluations?param=jcf.agemax%3D21&lang=en", EXAMPLE);
        assertEquals("Invalid parameter override", en.json().path("title").asString());
        assertEquals(
                "param: unknown parameter 'jcf.agemax' (did you mean 'jcf.age.max'?)",
                en.json().path("detail").asString());

        Client.Answer json = caseworker.post("/api/v1/evaluations", "{\"household_id\": \"H1\",}");
        assertEquals(400, json.status(), json.body());
        assertEquals(
                "No es JSON válido en la línea 1, columna 23: aquí se esperaba un nombre de propiedad entre comillas"
                        + " dobles (no se admite una coma justo antes de la llave de cierre)",
                json.json().path("detail").asString());
        Client.Answer batch = caseworker.post("/api/v1/evaluations:batch?lang=en", "[{\"a\": tru}]");
        assertEquals(
                "Not valid JSON at line 1, column 8: 'tru' is not a JSON value: a value is text in double quotes,"
                        + " a number, true, false, null, an object or a list",
                batch.json().path("detail").asString());

        Client.Answer one = caseworker.post("/api/v1/evaluations", EXAMPLE.replace("\"UNEMPLOYED\"", "\"UNEMPLOYD\""));
        assertEquals(422, one.status(), one.body());
        assertEquals(
                "El registro del hogar tiene 1 error; cada uno indica su JSON Pointer.",
                one.json().path("detail").asString());
        assertTrue(
                one.json()
                        .path("errors")
                        .get(0)
                        .path("message")
                        .path("es")
                        .asString()
                        .contains("¿quiso decir «UNEMPLOYED»?"),
                one.body());

        Client.Answer limit = TestServers.secured().as(Role.AUDITOR).get("/api/v1/evaluations?limit=0");
        assertEquals(400, limit.status(), limit.body());
        assertTrue(
                limit.json().path("detail").asString().endsWith("debería ser un número entero de 1 a 500."),
                limit.body());
    }

    /**
     * Jetty refuses a malformed request line before it reads the headers, so the caller's language
     * is not known: the answer is in the default language, whole, without Jetty's English reason.
     */
    @Test
    void anErrorJettyAnswersItselfIsInOneLanguageWithoutJettysWords() {
        String answer = raw("GET /api/v1/%ZZ HTTP/1.1");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertEquals(
                "{\"type\":\"https://elige.example/problems/http-error\",\"title\":\"Error HTTP\",\"status\":400,"
                        + "\"detail\":\"La petición está mal formada (HTTP 400): su dirección o un encabezado no se pueden leer.\"}",
                body);
    }

    /** Sends a request line as typed (no client would send it malformed) and returns the whole answer. */
    private String raw(String requestLine) {
        int port = TestServers.secured().server().port();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.getOutputStream()
                    .write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
