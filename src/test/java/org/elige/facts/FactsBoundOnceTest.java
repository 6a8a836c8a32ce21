package org.elige.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record is bound into facts once, when its household is built: each accessor hands out the
 * same fact, typed and range-checked as the schema says, with its pointer and unknown-ness; a field
 * read by name is the accessor's fact; and changing the tree afterwards changes no fact.
 */
class FactsBoundOnceTest {
    private static final LocalDate ON = LocalDate.parse("2025-06-01");

    private static ObjectNode record() {
        return (ObjectNode) Json.READER.readTree("{\"household_id\": \"H1\","
                + " \"location\": {\"cve_ent\": \"07\", \"locality_population\": 1200},"
                + " \"dwelling\": {\"rooms_total\": 3, \"floor\": 12},"
                + " \"members\": [{\"member_id\": \"M1\", \"birth_date\": \"1950-06-01\", \"curp\": null,"
                + " \"nickname\": \"Don\", \"documents\": {\"birth_certificate\": true}, \"monthly_income_mxn\": \"mucho\"}],"
                + " \"program_enrollments\": [{\"member_id\": \"M1\", \"program\": \"PAM\", \"status\": \"ACTIVE\","
                + " \"cycle\": 2}]}");
    }

    @Test
    void accessorsHandOutTheFactsBoundWhenTheHouseholdIsBuilt() {
        Person p = new Household(record(), ON).members().get(0);
        assertSame(p.age(), p.age());
        assertSame(p.curp(), p.read("curp"));
        assertSame(p.birthCertificate(), p.read("documents", "birth_certificate"));
        assertSame(p.birthDate(), p.readDate("birth_date"));
        assertEquals(new BigDecimal(75), p.age().number());
        assertEquals(Boolean.TRUE, p.birthCertificate().bool());
        assertEquals(
                List.of("/members/0/documents/birth_certificate"),
                List.copyOf(p.birthCertificate().sources().keySet()));
    }

    @Test
    void aFieldAbsentNullIllTypedOrOutOfRangeIsUnknownNamingItsPointer() {
        Household h = new Household(record(), ON);
        Person p = h.members().get(0);
        assertFalse(p.curp().known());
        assertEquals(List.of("/members/0/curp"), p.curp().missing());
        assertFalse(p.monthlyIncomeMxn().known(), "a string where a number belongs");
        assertFalse(h.floor().known(), "a number where a code belongs");
        assertFalse(p.sex().known());
        assertEquals(List.of("/members/0/sex"), p.sex().missing());
        assertEquals(new BigDecimal(1200), h.locality().localityPopulation().number());
    }

    @Test
    void aFieldNoAccessorReadsIsStillReadByName() {
        Person p = new Household(record(), ON).members().get(0);
        assertEquals("Don", p.read("nickname").text());
        assertEquals(
                List.of("/members/0/nickname"),
                List.copyOf(p.read("nickname").sources().keySet()));
        assertNull(p.read("documents", "passport").get());
    }

    @Test
    void changingTheTreeAfterBindingChangesNoFact() {
        ObjectNode root = record();
        Household h = new Household(root, ON);
        ObjectNode member = (ObjectNode) root.path("members").get(0);
        member.put("curp", "XEXX010101HNEXXXA4");
        ((ObjectNode) root.path("dwelling")).put("rooms_total", 9);
        root.putNull("program_enrollments");
        Person p = h.members().get(0);
        assertFalse(p.curp().known());
        assertEquals(new BigDecimal(3), h.roomsTotal().number());
        assertTrue(p.enrolledIn("PAM", "ACTIVE").bool());
        assertEquals(new BigDecimal(3), p.nextCycle("PAM").number());
    }
}
