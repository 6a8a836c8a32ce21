package org.elige.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Three-valued logic with provenance: the truth tables, and which missing facts an UNKNOWN still names. */
class TriTest {
    private static final Tri UNKNOWN_A = Tri.unknown(List.of("/a"));
    private static final Tri UNKNOWN_B = Tri.unknown(List.of("/b"));

    /** T, F or U (unknown, naming /a for the left operand and /b for the right). */
    private static Tri left(String s) {
        return s.equals("T") ? Tri.TRUE : s.equals("F") ? Tri.FALSE : UNKNOWN_A;
    }

    private static Tri right(String s) {
        return s.equals("T") ? Tri.TRUE : s.equals("F") ? Tri.FALSE : UNKNOWN_B;
    }

    private static String letter(Tri t) {
        return t.isTrue() ? "T" : t.isFalse() ? "F" : "U";
    }

    @ParameterizedTest(name = "{0} and {1} is {2}")
    @CsvSource({"T,T,T", "T,F,F", "T,U,U", "F,T,F", "F,F,F", "F,U,F", "U,T,U", "U,F,F", "U,U,U"})
    void andIsTrueOnlyWhenBothAreAndFalseAsSoonAsOneIs(String a, String b, String expected) {
        assertEquals(expected, letter(left(a).and(right(b))));
    }

    @ParameterizedTest(name = "{0} or {1} is {2}")
    @CsvSource({"T,T,T", "T,F,T", "T,U,T", "F,T,T", "F,F,F", "F,U,U", "U,T,T", "U,F,U", "U,U,U"})
    void orIsTrueAsSoonAsOneIsAndFalseOnlyWhenBothAre(String a, String b, String expected) {
        assertEquals(expected, letter(left(a).or(right(b))));
    }

    @ParameterizedTest(name = "{0} implies {1} is {2}")
    @CsvSource({"T,T,T", "T,F,F", "T,U,U", "F,T,T", "F,F,T", "F,U,T", "U,T,T", "U,F,U", "U,U,U"})
    void impliesIsTrueWheneverThePremiseIsFalseOrTheConclusionTrue(String a, String b, String expected) {
        assertEquals(expected, letter(left(a).implies(right(b))));
    }

    @ParameterizedTest(name = "not {0} is {1}")
    @CsvSource({"T,F", "F,T", "U,U"})
    void notSwapsTrueAndFalseAndLeavesUnknownUnknown(String a, String expected) {
        assertEquals(expected, letter(left(a).not()));
    }

    @Test
    void notOfAnUnknownStillNamesItsMissingFacts() {
        assertEquals(Set.of("/a"), UNKNOWN_A.not().missing());
    }

    @Test
    void anUnknownNamesTheFactsWhoseAbsenceLeftItOpen() {
        Tri t = Tri.unknown(List.of("/members/0/birth_date", "/members/0/studying"));
        assertTrue(t.isUnknown());
        assertFalse(t.isTrue());
        assertFalse(t.isFalse());
        assertEquals(List.of("/members/0/birth_date", "/members/0/studying"), List.copyOf(t.missing()));
        assertEquals("UNKNOWN[/members/0/birth_date, /members/0/studying]", t.toString());
    }

    @Test
    void anUnknownWithNoMissingFactIsThePlainUnknown() {
        assertSame(Tri.UNKNOWN, Tri.unknown(List.of()));
        assertSame(Tri.UNKNOWN, Tri.of((Boolean) null));
        assertEquals(Set.of(), Tri.UNKNOWN.missing());
        assertEquals(Set.of(), Tri.TRUE.missing());
        assertEquals(Set.of(), Tri.FALSE.missing());
    }

    @Test
    void trueOrUnknownIsTrueAndDropsTheUnknownsFacts() {
        assertSame(Tri.TRUE, Tri.TRUE.or(UNKNOWN_A));
        assertSame(Tri.TRUE, UNKNOWN_A.or(Tri.TRUE));
        assertEquals(Set.of(), Tri.TRUE.or(UNKNOWN_A).missing());
    }

    @Test
    void falseAndUnknownIsFalseAndDropsTheUnknownsFacts() {
        assertSame(Tri.FALSE, Tri.FALSE.and(UNKNOWN_A));
        assertSame(Tri.FALSE, UNKNOWN_A.and(Tri.FALSE));
        assertEquals(Set.of(), Tri.FALSE.and(UNKNOWN_A).missing());
    }

    @Test
    void aDecidedOperandThatDoesNotDecideKeepsTheOtherUnknownsFacts() {
        assertEquals(UNKNOWN_A, Tri.TRUE.and(UNKNOWN_A));
        assertEquals(UNKNOWN_A, Tri.FALSE.or(UNKNOWN_A));
        assertEquals(UNKNOWN_A, UNKNOWN_A.and(Tri.TRUE));
        assertEquals(UNKNOWN_A, UNKNOWN_A.or(Tri.FALSE));
    }

    @Test
    void twoUnknownsCombinedNameTheFactsOfBoth() {
        assertEquals(List.of("/a", "/b"), List.copyOf(UNKNOWN_A.and(UNKNOWN_B).missing()));
        assertEquals(List.of("/a", "/b"), List.copyOf(UNKNOWN_A.or(UNKNOWN_B).missing()));
        assertEquals(
                List.of("/b", "/a"), List.copyOf(UNKNOWN_B.and(UNKNOWN_A).missing()), "in the order they were met");
    }

    @Test
    void aFactNamedByBothUnknownsIsNamedOnce() {
        Tri ab = Tri.unknown(List.of("/a", "/b"));
        assertEquals(List.of("/a", "/b"), List.copyOf(ab.and(UNKNOWN_A).missing()));
        assertEquals(List.of("/a", "/b"), List.copyOf(UNKNOWN_A.and(ab).missing()));
        assertEquals(
                List.of("/a", "/b", "/c"),
                List.copyOf(ab.or(Tri.unknown(List.of("/b", "/c"))).missing()));
    }

    @Test
    void anUnknownForAnotherReasonCombinedWithAMissingFactNamesTheFact() {
        assertEquals(UNKNOWN_A, Tri.UNKNOWN.and(UNKNOWN_A));
        assertEquals(UNKNOWN_A, UNKNOWN_A.or(Tri.UNKNOWN));
        assertSame(Tri.UNKNOWN, Tri.UNKNOWN.and(Tri.UNKNOWN));
    }

    @Test
    void impliesFromAFalsePremiseDropsTheConclusionsFacts() {
        assertSame(Tri.TRUE, Tri.FALSE.implies(UNKNOWN_B));
        assertEquals(UNKNOWN_B, Tri.TRUE.implies(UNKNOWN_B));
        assertEquals(UNKNOWN_A, UNKNOWN_A.implies(Tri.FALSE));
        assertEquals(
                List.of("/a", "/b"), List.copyOf(UNKNOWN_A.implies(UNKNOWN_B).missing()));
    }

    @Test
    void allIsTrueWhenEmptyFalseOnAnyFalseAndOtherwiseNamesEveryOpenPart() {
        assertSame(Tri.TRUE, Tri.all());
        assertSame(Tri.TRUE, Tri.all(Tri.TRUE, Tri.TRUE));
        assertSame(Tri.FALSE, Tri.all(UNKNOWN_A, Tri.FALSE, UNKNOWN_B));
        assertEquals(
                List.of("/a", "/b"),
                List.copyOf(Tri.all(UNKNOWN_A, Tri.TRUE, UNKNOWN_B).missing()));
    }

    @Test
    void anyIsFalseWhenEmptyTrueOnAnyTrueAndOtherwiseNamesEveryOpenPart() {
        assertSame(Tri.FALSE, Tri.any());
        assertSame(Tri.FALSE, Tri.any(Tri.FALSE, Tri.FALSE));
        assertSame(Tri.TRUE, Tri.any(UNKNOWN_A, Tri.TRUE, UNKNOWN_B));
        assertEquals(
                List.of("/a", "/b"),
                List.copyOf(Tri.any(UNKNOWN_A, Tri.FALSE, UNKNOWN_B).missing()));
    }

    @Test
    void whenAsksItsTestOnlyOfAKnownFact() {
        Value known = Value.raw("/x", null, java.math.BigDecimal.TEN);
        Value absent = Value.raw("/y", null, null);
        assertSame(Tri.TRUE, Tri.when(known, v -> v.number().intValue() == 10));
        assertSame(Tri.FALSE, Tri.when(known, v -> v.number().intValue() == 11));
        assertEquals(Tri.unknown(List.of("/y")), Tri.when(absent, v -> {
            throw new AssertionError("not asked of an unknown fact");
        }));
    }

    @Test
    void equalTrisHaveEqualValueAndMissingFacts() {
        assertEquals(Tri.unknown(List.of("/a")), UNKNOWN_A);
        assertEquals(UNKNOWN_A.hashCode(), Tri.unknown(List.of("/a")).hashCode());
        assertFalse(UNKNOWN_A.equals(UNKNOWN_B));
        assertFalse(UNKNOWN_A.equals(Tri.UNKNOWN));
        assertEquals(Boolean.TRUE, Tri.TRUE.bool());
        assertEquals(null, UNKNOWN_A.bool());
    }
}
