package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service never answers 500 to bad input: bodies, queries and request lines no client should send. */
class BadRequestTest {
    private final Client caseworker = TestServers.secured().as(Role.CASEWORKER);
    private static final String EXAMPLE = ApiTest.EXAMPLE;

    @Test
    void badInputIsNeverA500() {
        List<String> bodies = new ArrayList<>(List.of("", " ", "null", "[]", "\"x\"", "{", "}", "{}", "1e999999",
                "{\"members\": \"x\"}", "{\"household_id\": 1, \"members\": [1, 2]}", "{\"household_id\": \"H\", \"members\": [], "
                        + "\"evaluation_date\": \"2025-02-30\"}", "{\"household_id\": \"H\", \"members\": [{}], \"evaluation_date\": \"x\"}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":" .repeat(200) + "1" + "}".repeat(200), "\u0000", "{\"household_id\": \"\\ud800\"}"));
        for (String b : bodies) {
            for (String path : List.of("/api/v1/evaluations", "/api/v1/evaluations:batch")) {
                int s = caseworker.post(path, b).status();
                assertTrue(s == 400 || s == 413 || s == 422 || s == 200 && path.endsWith("batch"), path + " " + s + " for " + b.substring(0, Math.min(40, b.length())));
            }
        }
        byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        assertTrue(caseworker.post("/api/v1/evaluations", notUtf8, "application/json").status() < 500);
        for (String q : List.of("as_of=x", "param=", "param==x", "param=x", "lang=zz&as_of=2025-1-1", "as_of=%E2%82")) {
            int s = caseworker.post("/api/v1/evaluations?" + q, EXAMPLE).status();
            assertTrue(s == 400 || s == 201, q + " " + s);
        }
        String badQuery = raw("GET /api/v1/programs?as_of=%ZZ HTTP/1.1");
        assertTrue(badQuery.startsWith("HTTP/1.1 ") && badQuery.charAt(9) != '5', badQuery);
        String badPath = raw("GET /api/v1/%ZZ HTTP/1.1");
        assertTrue(badPath.startsWith("HTTP/1.1 400") && badPath.contains("application/problem+json"), badPath);
    }

    /** Sends a request line as typed (no client would send it malformed) and returns the whole answer. */
    private String raw(String requestLine) {
        int port = TestServers.secured().server().port();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
