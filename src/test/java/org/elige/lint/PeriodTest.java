package org.elige.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static Period p(String from, String until) {
        return new Period(from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    @Test
    void minusLeavesTheDatesNotCovered() {
        Period covered = p("2019-01-01", null);
        assertEquals(
                List.of(p("2019-01-01", "2019-12-31"), p("2021-01-01", "2021-12-31")),
                covered.minus(List.of(p("2020-01-01", "2020-12-31"), p("2022-01-01", null))));
        assertEquals(List.of(), covered.minus(List.of(p(null, "2019-06-30"), p("2019-07-01", null))));
        assertEquals(List.of(p("2023-01-01", null)), covered.minus(List.of(p("2018-01-01", "2022-12-31"))));
        assertEquals(List.of(p(null, "2018-12-31")), Period.ALWAYS.minus(List.of(p("2019-01-01", null))));
    }

    @Test
    void unionJoinsTouchingPeriods() {
        assertEquals(
                List.of(p("2019-01-01", "2020-12-31"), p("2022-01-01", null)),
                Period.union(
                        List.of(p("2022-01-01", null), p("2020-01-01", "2020-12-31"), p("2019-01-01", "2019-12-31"))));
        assertEquals("2019-01-01 to 2020-12-31", p("2019-01-01", "2020-12-31").toString());
        assertEquals("until 2018-12-31", p(null, "2018-12-31").toString());
        assertEquals("all dates", Period.ALWAYS.toString());
    }
}
