package org.elige.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.InputError;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A problem in one part of a record is located, and every result it does not touch is still computed. */
class RecordProblemsTest {

    private static ObjectNode household() {
        ObjectNode h = (ObjectNode) Json.READER.readTree("""
                {"household_id": "H1", "evaluation_date": "2025-10-01",
                 "location": {"cve_ent": "20", "locality_population": 800, "inpi_municipality_type": "C"},
                 "members": [
                   {"member_id": "P1", "birth_date": "1950-01-01", "sex": "M", "nationality": "MX_BIRTH"},
                   {"member_id": "P2", "birth_date": "2000-01-01", "sex": "H", "nationality": "MX_BIRTH",
                    "studying": false, "employment_status": "UNEMPLOYED", "jcf_history": null}],
                 "parcels": [], "businesses": [], "groups": [], "program_enrollments": []}""");
        return h;
    }

    private static Decision decide(ObjectNode h) throws Exception {
        return Evaluator.decide(
                TestRules.shipped(),
                Json.WRITER.writeValueAsString(h).getBytes(StandardCharsets.UTF_8),
                null,
                Map.of());
    }

    private static Result result(Decision d, String program, String unit) {
        return d.results().stream()
                .filter(r -> r.program().equals(program) && r.unit().id().equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError(program + "/" + unit + " missing"));
    }

    private static List<String> paths(Decision d) {
        return d.errors().stream().map(InputError::path).toList();
    }

    @Test
    void duplicateMemberIdsAreLocatedAndTheOtherMembersStillDecided() throws Exception {
        ObjectNode h = household();
        ((ObjectNode) h.withArray("members").get(1)).put("member_id", "P1");
        Decision d = decide(h);
        assertEquals(List.of("/members/1/member_id"), paths(d));
        assertTrue(d.errors().get(0).message().en().contains("P1 is used by more than one member"));
    }

    @Test
    void referencesToUnknownMembersAreLocated() throws Exception {
        ObjectNode h = household();
        h.withArray("parcels")
                .addObject()
                .put("parcel_id", "L1")
                .put("holder_member_id", "P9")
                .put("area_ha", 3);
        h.withArray("businesses").addObject().put("business_id", "B1").put("owner_member_id", "P8");
        Decision d = decide(h);
        assertEquals(List.of("/parcels/0/holder_member_id", "/businesses/0/owner_member_id"), paths(d));
        assertTrue(d.errors().get(0).message().es().contains("Ningún integrante tiene member_id P9"));
        assertEquals(Outcome.ELIGIBLE, result(d, "PAM", "P1").outcome(), "unaffected results are still computed");
    }

    @Test
    void aNegativeAreaMakesOnlyTheResultsReadingItDataErrors() throws Exception {
        ObjectNode h = household();
        h.withArray("parcels")
                .addObject()
                .put("parcel_id", "L1")
                .put("holder_member_id", "P1")
                .put("area_ha", -2)
                .put("use", "AVAILABLE_UNCULTIVATED")
                .put("tenure", "EJIDAL_PARCELADA");
        Decision d = decide(h);
        assertEquals(List.of("/parcels/0/area_ha"), paths(d));
        assertEquals(Outcome.ELIGIBLE, result(d, "PAM", "P1").outcome());
    }

    @Test
    void aGroupWithNoMembersIsADataErrorForThatGroupOnly() throws Exception {
        ObjectNode h = household();
        h.withArray("groups")
                .addObject()
                .put("group_id", "G1")
                .put("kind", "INFORMAL_GROUP")
                .put("members_count", 0)
                .putArray("member_birth_dates");
        Decision d = decide(h);
        assertEquals(List.of("/groups/0/members_count"), paths(d));
        d.results().stream()
                .filter(r -> r.unit().kind().equals("GROUP"))
                .forEach(r -> assertEquals(Outcome.DATA_ERROR, r.outcome(), r.program()));
        assertEquals(Outcome.ELIGIBLE, result(d, "PAM", "P1").outcome());
    }

    @Test
    void anEnrollmentInAnUnknownProgramIsLocated() throws Exception {
        ObjectNode h = household();
        h.withArray("program_enrollments")
                .addObject()
                .put("member_id", "P1")
                .put("program", "PROSPERA")
                .put("status", "ACTIVE");
        Decision d = decide(h);
        assertEquals(List.of("/program_enrollments/0/program"), paths(d));
        assertTrue(d.errors().get(0).message().en().contains("Unknown program PROSPERA"));
    }

    @Test
    void aHouseholdWith40MembersAnd200ParcelsIsDecidedWhole() throws Exception {
        ObjectNode h = household();
        ArrayNode members = h.withArray("members");
        for (int i = 3; i <= 40; i++) {
            members.addObject()
                    .put("member_id", "P" + i)
                    .put("birth_date", (1940 + i) + "-03-01")
                    .put("sex", i % 2 == 0 ? "M" : "H");
        }
        ArrayNode parcels = h.withArray("parcels");
        for (int i = 0; i < 200; i++) {
            parcels.addObject()
                    .put("parcel_id", "L" + i)
                    .put("holder_member_id", "P" + (1 + i % 40))
                    .put("area_ha", 1.5)
                    .put("use", "CULTIVATED")
                    .put("crop", "MAIZ")
                    .put("water_regime", "TEMPORAL");
        }
        Decision d = decide(h);
        assertEquals(List.of(), paths(d));
        // SVJF decides only for the head's children in households with an SVJF enrolment (units:), none here
        long personPrograms = TestRules.shipped().programs().values().stream()
                .filter(p -> p.unit().equals("PERSON") && p.units() == null)
                .count();
        long producerPrograms = TestRules.shipped().programs().values().stream()
                .filter(p -> p.unit().equals("PRODUCER"))
                .count();
        assertEquals(
                40 * personPrograms,
                d.results().stream()
                        .filter(r -> r.unit().kind().equals("PERSON"))
                        .count());
        assertEquals(
                40 * producerPrograms,
                d.results().stream()
                        .filter(r -> r.unit().kind().equals("PRODUCER"))
                        .count());
    }
}
