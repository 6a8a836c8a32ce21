package org.elige.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.elige.model.Monthly;

/** Changes counted for one program or one state: how many, how many gained or lost eligibility, benefit change per unit. */
public final class Tally {
    long changed;
    long gained;
    long lost;
    final Map<String, BigDecimal> benefit = new TreeMap<>();

    void add(Change c) {
        add(
                1,
                c.gained() ? 1 : 0,
                c.lost() ? 1 : 0,
                c.benefitUnit(),
                c.benefitChange().signum() != 0 ? c.benefitChange() : null);
    }

    /** Adds changes counted together; {@code benefit} (in {@code unit}) is null when none of them changed an amount. */
    void add(long changed, long gained, long lost, String unit, BigDecimal benefit) {
        this.changed += changed;
        this.gained += gained;
        this.lost += lost;
        if (unit != null && benefit != null) {
            this.benefit.merge(unit, benefit, BigDecimal::add);
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
