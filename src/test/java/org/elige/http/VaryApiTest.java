package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.elige.cli.Main;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/vary}: the record decided along an axis, as the command line prints it in JSON. */
class VaryApiTest {
    private static final String QUERY = "/api/v1/vary?pointer=/household_monthly_income_mxn&from=0&to=20000&step=250";
    private final TestServers.Secured secured = TestServers.secured();
    private final Client caseworker = secured.as(Role.CASEWORKER);

    @Test
    void theAnswerHoldsEveryPointAndTheThresholdToTheCent() {
        Client.Answer a = caseworker.post(QUERY, ApiTest.EXAMPLE);
        assertEquals(200, a.status(), a.body());
        JsonNode s = a.json();
        assertEquals(81, s.at("/points").size());
        assertEquals("/household_monthly_income_mxn", s.at("/axis/pointer").asString());
        JsonNode t = s.at("/thresholds/0");
        assertEquals("CONAVI_VS", t.path("program").asString());
        assertEquals("17197.29", t.path("at").decimalValue().toPlainString());
        assertEquals("UNDETERMINED", t.path("from_outcome").asString());
        assertEquals("NOT_ELIGIBLE", t.path("to_outcome").asString());
    }

    @Test
    void theAnswerIsWhatTheCommandLinePrints() throws Exception {
        JsonNode served = caseworker.post(QUERY, ApiTest.EXAMPLE).json();
        java.io.StringWriter out = new java.io.StringWriter();
        int code = Main.run(
                new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()),
                new String[] {
                    "evaluate", "examples/household.json", "--vary", "/household_monthly_income_mxn", "--from", "0",
                    "--to", "20000", "--step", "250", "--format", "json"
                });
        assertEquals(0, code);
        assertEquals(org.elige.input.Json.READER.readTree(out.toString()), served);
    }

    @Test
    void anAxisThatCannotBeVariedIsA400NamingThePointer() {
        Client.Answer a =
                caseworker.post("/api/v1/vary?pointer=/dwelling/floor&from=0&to=1&step=1&lang=en", ApiTest.EXAMPLE);
        assertEquals(400, a.status(), a.body());
        assertTrue(a.json().path("detail").asString().contains("no number at /dwelling/floor"), a.body());
        Client.Answer many = caseworker.post(
                "/api/v1/vary?pointer=/household_monthly_income_mxn&from=0&to=20000&step=1", ApiTest.EXAMPLE);
        assertEquals(400, many.status());
        assertTrue(many.json().path("detail").asString().contains("400"), many.body());
        Client.Answer notANumber = caseworker.post(
                "/api/v1/vary?pointer=/household_monthly_income_mxn&from=0&to=lots&step=1&lang=en", ApiTest.EXAMPLE);
        assertEquals(400, notANumber.status());
        assertTrue(notANumber.json().path("detail").asString().contains("to"), notANumber.body());
    }

    @Test
    void aRecordWithErrorsIsA422AndOnlyCaseworkersMayVary() {
        assertEquals(
                422,
                caseworker.post(QUERY, "{\"household_id\": 3, \"members\": []}").status());
        assertEquals(403, secured.as(Role.AUDITOR).post(QUERY, ApiTest.EXAMPLE).status());
    }
}
