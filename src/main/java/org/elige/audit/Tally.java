package org.elige.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.elige.report.Monthly;

/** Changes counted for one program or one state: how many, how many gained or lost eligibility, benefit change per unit. */
public final class Tally {
    long changed;
    long gained;
    long lost;
    final Map<String, BigDecimal> benefit = new TreeMap<>();

    void add(Change c) {
        changed++;
        gained += c.gained() ? 1 : 0;
        lost += c.lost() ? 1 : 0;
        if (c.benefitUnit() != null && c.benefitChange().signum() != 0) {
            benefit.merge(c.benefitUnit(), c.benefitChange(), BigDecimal::add);
        }
    }

    @JsonProperty
    public long changed() {
        return changed;
    }

    @JsonProperty
    public long gained() {
        return gained;
    }

    @JsonProperty
    public long lost() {
        return lost;
    }

    /** Benefit change (after − before) per benefit unit, e.g. "MXN/month" → −8480.17. */
    @JsonProperty
    public Map<String, BigDecimal> benefit() {
        return benefit;
    }

    /** The benefit change as a monthly figure ({@link Monthly}): what the report's map and bars show. */
    @JsonProperty("monthly_benefit_change")
    public BigDecimal monthly() {
        return Monthly.of(benefit);
    }

    /** "−8,480.17 MXN/month; +6,200.00 MXN/2 months", or "0". */
    public static String money(Map<String, BigDecimal> byUnit) {
        if (byUnit.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        byUnit.forEach((unit, amount) ->
                sb.append(sb.length() == 0 ? "" : "; ").append(String.format("%+,.2f %s", amount, unit)));
        return sb.toString();
    }
}
