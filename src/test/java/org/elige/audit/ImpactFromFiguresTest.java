package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An {@link Impact} filled from figures added up elsewhere (the Spark job's) with only its first
 * changes listed: the counts are the figures', and the page says how many changes it lists.
 */
class ImpactFromFiguresTest {
    static Change change(long line, String household) {
        return new Change(
                line,
                household,
                "20",
                "JCF",
                "person",
                "P1",
                "ELIGIBLE",
                "NOT_ELIGIBLE",
                new BigDecimal("8480.17"),
                null,
                "MXN/month",
                List.of("JCF-01 PASSED → FAILED"),
                List.of("jcf.age.max 29 → 21"));
    }

    @Test
    void theCountsAreTheFiguresAndThePageListsTheFirstChangesOnly() {
        Impact impact = new Impact();
        impact.households("20", 10);
        impact.households("?", 1);
        impact.count("JCF", "20", 3, 0, 3, "MXN/month", new BigDecimal("-25440.51"));
        impact.changedHouseholds(new BigDecimal("-8480.17"), 3);
        impact.list(change(1, "H-1"));
        assertEquals(11, impact.households());
        assertEquals(3, impact.householdsChanged());
        assertEquals(3, impact.changedResults());
        assertEquals(3, impact.byProgram().get("JCF").lost());
        assertEquals(
                Map.of("MXN/month", new BigDecimal("-25440.51")),
                impact.byState().get("20").benefit());
        String page = ImpactHtml.render(new ImpactReport(impact, 0, "a", "A", "a", "b", "B", "b"), "en");
        assertTrue(page.contains("3 results change; the first is listed here"), page);
        assertEquals(1, page.split("H-1", -1).length - 1, "one change listed");
    }
}
