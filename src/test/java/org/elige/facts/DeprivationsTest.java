package org.elige.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;

/**
 * The six social deprivations, each decided in three-valued logic and naming only the facts that
 * leave it open; social security follows CONEVAL's family rule (programs.md, revision 2026-12-07 §6).
 */
class DeprivationsTest {
    private static final LocalDate ON = LocalDate.parse("2025-06-01");
    private static final BigDecimal CROWDING = new BigDecimal("2.5");
    private static final String GOOD_DWELLING =
            "{\"floor\": \"CEMENT\", \"roof\": \"CONCRETE\", \"walls\": \"BLOCK_BRICK_STONE\","
                    + " \"rooms_total\": 4, \"water_source\": \"PIPED_IN_DWELLING\", \"electricity\": \"GRID\","
                    + " \"drainage\": \"PUBLIC_NETWORK\", \"cooking_fuel\": \"GAS\"}";
    /** A member with schooling, health services and social security of their own, born in 1990. */
    private static String covered(String id, String relationship, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("relationship_to_head", "\"" + relationship + "\"");
        fields.put("birth_date", "\"1990-01-01\"");
        fields.put("studying", "false");
        fields.put("education_completed", "\"SECUNDARIA\"");
        fields.put("health_access", "\"IMSS\"");
        fields.put("social_security", "\"IMSS\"");
        fields.put("receives_contributory_pension", "false");
        for (String change : changes) {
            String[] kv = change.split(": ", 2);
            String key = kv[0].replace("\"", "");
            if (kv[1].equals("ABSENT")) {
                fields.remove(key);
            } else {
                fields.put(key, kv[1]);
            }
        }
        StringBuilder json = new StringBuilder("{\"member_id\": \"" + id + "\"");
        fields.forEach((k, v) -> json.append(", \"").append(k).append("\": ").append(v));
        return json.append("}").toString();
    }

    /** {@code n} covered members, the first the head and the others children. */
    private static String[] people(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> covered("M" + i, i == 0 ? "HEAD" : "CHILD"))
                .toArray(String[]::new);
    }

    private static Deprivations of(String dwelling, String food, BigDecimal crowding, String... members) {
        String json = "{\"household_id\": \"H1\", \"dwelling\": " + dwelling
                + (food == null ? "" : ", \"food_insecurity\": \"" + food + "\"") + ", \"members\": ["
                + String.join(", ", members) + "]}";
        return new Household(Json.READER.readTree(json), ON).deprivations(crowding);
    }

    private static Deprivations of(String... members) {
        return of(GOOD_DWELLING, "NONE", CROWDING, members);
    }

    private static void assertHas(Value deprivation) {
        assertHas(deprivation, "");
    }

    private static void assertHas(Value deprivation, String why) {
        assertEquals(Boolean.TRUE, deprivation.bool(), why + " " + deprivation);
        assertEquals(List.of(), deprivation.missing());
    }

    private static void assertHasNot(Value deprivation) {
        assertHasNot(deprivation, "");
    }

    private static void assertHasNot(Value deprivation, String why) {
        assertEquals(Boolean.FALSE, deprivation.bool(), why + " " + deprivation);
        assertEquals(List.of(), deprivation.missing());
    }

    private static void assertOpen(Value deprivation, String... missing) {
        assertNull(deprivation.bool(), deprivation.toString());
        assertEquals(List.of(missing), deprivation.missing());
    }

    @Test
    void aCoveredHouseholdHasNoDeprivation() {
        Deprivations d = of(covered("M1", "HEAD"), covered("M2", "SPOUSE"));
        d.all().forEach(DeprivationsTest::assertHasNot);
        assertEquals(6, d.all().size());
    }

    // educational lag

    @Test
    void aChildOfSchoolAgeWhoDoesNotStudyAndHasNotFinishedSecondaryHasEducationalLag() {
        assertHas(of(
                        covered("M1", "HEAD"),
                        covered(
                                "C1",
                                "CHILD",
                                "\"birth_date\": \"2015-01-01\"",
                                "\"education_completed\": \"PRIMARIA\""))
                .educationalLag());
        assertHasNot(of(
                        covered("M1", "HEAD"),
                        covered(
                                "C1",
                                "CHILD",
                                "\"birth_date\": \"2015-01-01\"",
                                "\"studying\": true",
                                "\"education_completed\": \"PRIMARIA\""))
                .educationalLag());
        assertHasNot(
                of(
                                covered("M1", "HEAD"),
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"2023-01-01\"",
                                        "\"education_completed\": \"NONE\""))
                        .educationalLag(),
                "under 3");
    }

    @Test
    void anAdultBornFrom1982NeedsSecondaryAndOneBornBeforeNeedsPrimary() {
        assertHas(of(covered("M1", "HEAD", "\"birth_date\": \"1982-01-01\"", "\"education_completed\": \"PRIMARIA\""))
                .educationalLag());
        assertHasNot(
                of(covered("M1", "HEAD", "\"birth_date\": \"1981-12-31\"", "\"education_completed\": \"PRIMARIA\""))
                        .educationalLag());
        assertHas(of(covered("M1", "HEAD", "\"birth_date\": \"1970-01-01\"", "\"education_completed\": \"NONE\""))
                .educationalLag());
    }

    @Test
    void educationalLagNamesOnlyTheFactsThatLeaveItOpen() {
        assertOpen(of(covered("M1", "HEAD", "\"birth_date\": ABSENT")).educationalLag(), "/members/0/birth_date");
        assertOpen(
                of(
                                covered("M1", "HEAD"),
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"2015-01-01\"",
                                        "\"studying\": ABSENT",
                                        "\"education_completed\": \"PRIMARIA\""))
                        .educationalLag(),
                "/members/1/studying");
        assertHas(of(
                        covered("M1", "HEAD", "\"birth_date\": ABSENT"),
                        covered("C1", "CHILD", "\"birth_date\": \"2015-01-01\"", "\"education_completed\": \"NONE\""))
                .educationalLag());
    }

    // health access

    @Test
    void someMemberWithoutHealthServicesIsTheHealthDeprivation() {
        assertHas(of(covered("M1", "HEAD"), covered("M2", "SPOUSE", "\"health_access\": \"NONE\""))
                .healthAccess());
        assertOpen(
                of(covered("M1", "HEAD"), covered("M2", "SPOUSE", "\"health_access\": ABSENT"))
                        .healthAccess(),
                "/members/1/health_access");
        assertHas(of(
                        covered("M1", "HEAD", "\"health_access\": ABSENT"),
                        covered("M2", "SPOUSE", "\"health_access\": \"NONE\""))
                .healthAccess());
    }

    // social security (revision 2026-12-07 §6)

    @Test
    void socialSecurityOfOnesOwnIsASchemeOtherThanNoneOrAContributoryPension() {
        assertHas(of(covered("M1", "HEAD", "\"social_security\": \"NONE\"")).socialSecurity());
        assertHasNot(
                of(covered("M1", "HEAD", "\"social_security\": \"NONE\"", "\"receives_contributory_pension\": true"))
                        .socialSecurity());
        assertHasNot(
                of(covered("M1", "HEAD", "\"social_security\": \"ISSSTE\"")).socialSecurity());
    }

    @Test
    void theSpouseHasSocialSecurityThroughTheHead() {
        assertHasNot(of(covered("M1", "HEAD"), covered("M2", "SPOUSE", "\"social_security\": \"NONE\""))
                .socialSecurity());
    }

    @Test
    void theHeadHasSocialSecurityThroughTheSpouse() {
        assertHasNot(of(covered("M1", "HEAD", "\"social_security\": \"NONE\""), covered("M2", "SPOUSE"))
                .socialSecurity());
        assertHasNot(
                of(
                                covered("M1", "HEAD", "\"social_security\": \"NONE\""),
                                covered(
                                        "M2",
                                        "SPOUSE",
                                        "\"social_security\": \"NONE\"",
                                        "\"receives_contributory_pension\": true"))
                        .socialSecurity(),
                "a pension counts as the spouse's own");
    }

    @Test
    void aDeadSpouseGivesNoSocialSecurity() {
        assertHas(of(
                        covered("M1", "HEAD", "\"social_security\": \"NONE\""),
                        covered("M2", "SPOUSE", "\"deceased\": true"))
                .socialSecurity());
    }

    @Test
    void aChildUnder16HasSocialSecurityThroughEitherParent() {
        String child = covered(
                "C1",
                "CHILD",
                "\"birth_date\": \"2012-01-01\"",
                "\"social_security\": \"NONE\"",
                "\"studying\": false");
        assertHasNot(
                of(covered("M1", "HEAD"), covered("M2", "SPOUSE", "\"social_security\": \"NONE\""), child)
                        .socialSecurity(),
                "through the head");
        assertHasNot(
                of(covered("M1", "HEAD", "\"social_security\": \"NONE\""), covered("M2", "SPOUSE"), child)
                        .socialSecurity(),
                "through the spouse");
        assertHas(
                of(
                                covered("M1", "HEAD", "\"social_security\": \"NONE\""),
                                covered("M2", "SPOUSE", "\"social_security\": \"NONE\""),
                                child)
                        .socialSecurity(),
                "neither parent has it");
    }

    @Test
    void aChildUnder26HasSocialSecurityThroughAParentOnlyWhileStudying() {
        String head = covered("M1", "HEAD");
        assertHasNot(
                of(
                                head,
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"2000-01-01\"",
                                        "\"social_security\": \"NONE\"",
                                        "\"studying\": true"))
                        .socialSecurity(),
                "25 and studying");
        assertHas(
                of(
                                head,
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"2000-01-01\"",
                                        "\"social_security\": \"NONE\"",
                                        "\"studying\": false"))
                        .socialSecurity(),
                "25 and not studying");
        assertHas(
                of(
                                head,
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"1999-06-01\"",
                                        "\"social_security\": \"NONE\"",
                                        "\"studying\": true"))
                        .socialSecurity(),
                "26 today, though studying");
    }

    @Test
    void otherRelativesHaveNoSocialSecurityThroughTheFamily() {
        assertHas(of(
                        covered("M1", "HEAD"),
                        covered("G1", "PARENT", "\"birth_date\": \"1950-01-01\"", "\"social_security\": \"NONE\""))
                .socialSecurity());
        assertHas(
                of(
                                covered("M1", "HEAD"),
                                covered(
                                        "N1",
                                        "OTHER_RELATIVE",
                                        "\"birth_date\": \"2015-01-01\"",
                                        "\"social_security\": \"NONE\""))
                        .socialSecurity(),
                "a grandchild is not the head's child");
    }

    @Test
    void socialSecurityMissingNamesOnlyTheFactsThatLeaveItOpen() {
        assertHasNot(
                of(covered("M1", "HEAD", "\"social_security\": ABSENT"), covered("M2", "SPOUSE"))
                        .socialSecurity(),
                "the head has it through the spouse whatever the head's own scheme");
        assertOpen(
                of(
                                covered("M1", "HEAD", "\"social_security\": ABSENT"),
                                covered("M2", "SPOUSE", "\"social_security\": \"NONE\""),
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"2012-01-01\"",
                                        "\"social_security\": \"NONE\""))
                        .socialSecurity(),
                "/members/0/social_security");
        assertOpen(
                of(
                                covered("M1", "HEAD"),
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"2005-01-01\"",
                                        "\"social_security\": \"NONE\"",
                                        "\"studying\": ABSENT"))
                        .socialSecurity(),
                "/members/1/studying");
        assertHas(
                of(
                                covered("M1", "HEAD", "\"social_security\": ABSENT"),
                                covered("G1", "PARENT", "\"social_security\": \"NONE\""))
                        .socialSecurity(),
                "a member without access decides, whatever else is open");
        assertOpen(
                of(
                                covered("M1", "HEAD"),
                                covered(
                                        "C1",
                                        "CHILD",
                                        "\"birth_date\": \"2012-01-01\"",
                                        "\"social_security\": \"NONE\"",
                                        "\"relationship_to_head\": ABSENT"))
                        .socialSecurity(),
                "/members/1/relationship_to_head");
    }

    // dwelling quality and space, basic services, food

    @Test
    void aPoorMaterialOrOvercrowdingIsTheDwellingDeprivation() {
        assertHas(of(GOOD_DWELLING.replace("CEMENT", "EARTH"), "NONE", CROWDING, covered("M1", "HEAD"))
                .dwellingQuality());
        assertHas(of(GOOD_DWELLING.replace("BLOCK_BRICK_STONE", "MUD_WATTLE"), "NONE", CROWDING, covered("M1", "HEAD"))
                .dwellingQuality());
        assertOpen(
                of(
                                GOOD_DWELLING.replace("\"walls\": \"BLOCK_BRICK_STONE\",", ""),
                                "NONE",
                                CROWDING,
                                covered("M1", "HEAD"))
                        .dwellingQuality(),
                "/dwelling/walls");
        assertHas(of(
                        GOOD_DWELLING
                                .replace("\"walls\": \"BLOCK_BRICK_STONE\",", "")
                                .replace("CEMENT", "EARTH"),
                        "NONE",
                        CROWDING,
                        covered("M1", "HEAD"))
                .dwellingQuality());
    }

    @Test
    void overcrowdingIsMoreThanTheLimitOfPeoplePerRoomComparedExactly() {
        String twoRooms = GOOD_DWELLING.replace("\"rooms_total\": 4", "\"rooms_total\": 2");
        assertHasNot(
                of(twoRooms, "NONE", CROWDING, people(5)).dwellingQuality(),
                "2.5 people per room is not more than 2.5");
        assertHas(of(twoRooms, "NONE", CROWDING, people(6)).dwellingQuality());
        String threeRooms = GOOD_DWELLING.replace("\"rooms_total\": 4", "\"rooms_total\": 3");
        assertHas(
                of(threeRooms, "NONE", new BigDecimal("2.333"), people(7)).dwellingQuality(),
                "7/3 = 2.333... is more than 2.333");
        assertHasNot(of(threeRooms, "NONE", new BigDecimal("2.334"), people(7)).dwellingQuality());
    }

    @Test
    void aPoorWaterSourceDrainageElectricityOrFuelIsTheServicesDeprivation() {
        assertHas(of(GOOD_DWELLING.replace("PIPED_IN_DWELLING", "WELL"), "NONE", CROWDING, covered("M1", "HEAD"))
                .basicServices());
        assertHas(of(GOOD_DWELLING.replace("GAS", "WOOD_NO_CHIMNEY"), "NONE", CROWDING, covered("M1", "HEAD"))
                .basicServices());
        assertHas(of(GOOD_DWELLING.replace("\"GRID\"", "\"NONE\""), "NONE", CROWDING, covered("M1", "HEAD"))
                .basicServices());
        assertOpen(
                of(
                                GOOD_DWELLING.replace("\"drainage\": \"PUBLIC_NETWORK\",", ""),
                                "NONE",
                                CROWDING,
                                covered("M1", "HEAD"))
                        .basicServices(),
                "/dwelling/drainage");
    }

    @Test
    void moderateOrSevereFoodInsecurityIsTheFoodDeprivation() {
        assertHas(of(GOOD_DWELLING, "MODERATE", CROWDING, covered("M1", "HEAD")).food());
        assertHas(of(GOOD_DWELLING, "SEVERE", CROWDING, covered("M1", "HEAD")).food());
        assertHasNot(of(GOOD_DWELLING, "MILD", CROWDING, covered("M1", "HEAD")).food());
        assertOpen(of(GOOD_DWELLING, null, CROWDING, covered("M1", "HEAD")).food(), "/food_insecurity");
    }

    // counting

    @Test
    void atLeastCountsEveryKnownDeprivationIncludingFood() {
        Deprivations d = of(GOOD_DWELLING, "SEVERE", CROWDING, covered("M1", "HEAD", "\"health_access\": \"NONE\""));
        assertHas(d.atLeast(new BigDecimal("2")));
        assertHasNot(d.atLeast(new BigDecimal("3")));
    }

    @Test
    void atLeastIsOpenUntilEnoughDeprivationsAreKnownAndNamesTheOpenOnesFacts() {
        Deprivations d = of(
                GOOD_DWELLING.replace("\"walls\": \"BLOCK_BRICK_STONE\",", ""),
                "SEVERE",
                CROWDING,
                covered("M1", "HEAD", "\"health_access\": \"NONE\""));
        assertHas(d.atLeast(new BigDecimal("2")));
        assertOpen(d.atLeast(new BigDecimal("3")), "/dwelling/walls");
        assertHasNot(d.atLeast(new BigDecimal("4")));
    }
}
