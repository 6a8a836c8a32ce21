package org.elige.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.elige.model.Monthly;
import org.junit.jupiter.api.Test;

/** The histogram's bins and the monthly figure the report pages show. */
class BinsTest {
    @Test
    void householdsFallInRoundBinsThatCoverEveryFigureOnce() {
        List<BigDecimal> changes = List.of(
                new BigDecimal("-16960.34"),
                new BigDecimal("-8480.17"),
                new BigDecimal("-8480.17"),
                new BigDecimal("-8480.17"),
                BigDecimal.ZERO);
        Bins bins = Bins.of(changes, "to");
        assertEquals("-18,000 to -16,000", bins.labels().get(0));
        assertEquals("0 to 2,000", bins.labels().get(bins.labels().size() - 1));
        assertEquals(1L, bins.counts().get(0));
        assertEquals(3L, bins.counts().get(bins.labels().indexOf("-10,000 to -8,000")));
        assertEquals(5L, bins.counts().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void oneFigureIsOneBinNamedByIt() {
        Bins bins = Bins.of(List.of(new BigDecimal("-8480.17"), new BigDecimal("-8480.17")), "a");
        assertEquals(List.of("-8,480.17"), bins.labels());
        assertEquals(List.of(2L), bins.counts());
        assertEquals(List.of(), Bins.of(List.of(), "a").labels());
    }

    @Test
    void aMonthlyFigureHalvesTwoMonthsDividesAYearAndLeavesOutOneOffAmounts() {
        assertEquals(
                new BigDecimal("-8480.17"),
                Monthly.of(Map.of(
                        "MXN/month", new BigDecimal("-8480.17"),
                        "MXN", new BigDecimal("35000"),
                        "MXN/ha", new BigDecimal("1500"))));
        assertEquals(new BigDecimal("3100.00"), Monthly.of("MXN/2 months", new BigDecimal("6200")));
        assertEquals(new BigDecimal("1000.00"), Monthly.of("MXN/year", new BigDecimal("12000")));
    }
}
