package org.elige.prospects;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.elige.model.Outcome;

/**
 * Property: for households whose income, land, members' ages and sexes, municipality and
 * evaluation date vary, every change the prospects suggest, applied to the record, gives the
 * announced outcome (and one step nearer to today's value does not), and every announced date
 * gives it on that date (and not the day before).
 */
class EveryClaimHoldsTest {

    // uniform: jqwik's default favours small numbers, and an income near zero qualifies already
    @Provide
    Arbitrary<Integer> incomeCents() {
        return Arbitraries.integers().between(0, 2_000_000).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Integer> hectareCents() {
        return Arbitraries.integers().between(0, 3_000).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Integer> age() {
        return Arbitraries.integers().between(14, 80).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Integer> dayOfYear() {
        return Arbitraries.integers().between(0, 364).withDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 60)
    void everySuggestedChangeAndDateIsWhatTheRulesDecide(
            @ForAll("incomeCents") int incomeCents,
            @ForAll("hectareCents") int hectareCents,
            @ForAll("age") int headAge,
            @ForAll("age") int spouseAge,
            @ForAll("dayOfYear") int dayOfYear,
            @ForAll boolean womanHead,
            @ForAll boolean indigenous,
            @ForAll boolean socialLagHigh,
            @ForAll @IntRange(min = 0, max = 6) int groupSize,
            @ForAll @IntRange(min = 2024, max = 2026) int year)
            throws Exception {
        BigDecimal income = BigDecimal.valueOf(incomeCents, 2);
        BigDecimal hectares = BigDecimal.valueOf(hectareCents, 2);
        LocalDate on = LocalDate.of(year, 1, 1).plusDays(dayOfYear);
        LocalDate head = on.minusYears(headAge).minusDays(dayOfYear % 200);
        LocalDate spouse = on.minusYears(spouseAge).plusDays(dayOfYear % 90);
        StringBuilder dates = new StringBuilder();
        for (int i = 0; i < groupSize; i++) {
            dates.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(on.minusYears(17 + 5 * i).plusDays(i * 37L))
                    .append('"');
        }
        String record = """
                {"schema_version":"1.0","household_id":"PROP","evaluation_date":"%s",
                 "location":{"cve_ent":"20","locality_population":900,"municipality_social_lag":"%s",
                             "inpi_municipality_type":"%s"},
                 "household_monthly_income_mxn":%s,
                 "members":[{"member_id":"P1","birth_date":"%s","sex":"%s","nationality":"MX_BIRTH",
                             "relationship_to_head":"HEAD","deceased":false},
                            {"member_id":"P2","birth_date":"%s","sex":"%s","nationality":"MX_BIRTH",
                             "relationship_to_head":"SPOUSE","deceased":false}],
                 "parcels":[{"parcel_id":"L1","holder_member_id":"P1","tenure":"EJIDAL_PARCELADA",
                             "use":"AVAILABLE_UNCULTIVATED","area_ha":%s,"distance_from_home_km":3.0}],
                 "groups":[{"group_id":"G1","kind":"INFORMAL_GROUP","purpose":"CULTURAL","members_count":%d,
                            "member_birth_dates":[%s]}],
                 "program_enrollments":[]}
                """.formatted(
                        on,
                        socialLagHigh ? "ALTO" : "BAJO",
                        indigenous ? "A" : "NONE",
                        income.toPlainString(),
                        head,
                        womanHead ? "M" : "H",
                        spouse,
                        womanHead ? "H" : "M",
                        hectares.toPlainString(),
                        groupSize,
                        dates);
        ProspectorTest.Seen s = ProspectorTest.seen(record.getBytes(StandardCharsets.UTF_8));
        ProspectorTest.Claims.check(ProspectorTest.RULES, s);
        s.prospects().items().forEach(p -> {
            Statistics.label("dates").collect(p.program(), p.eligibleFrom() != null);
            p.wouldQualifyIf().forEach(c -> Statistics.label("changes").collect(p.program(), c.path()));
        });
        for (Prospect p : s.prospects().items()) {
            for (Change c : p.wouldQualifyIf()) {
                if (c.outcome() != Outcome.ELIGIBLE && c.outcome() != Outcome.ELIGIBLE_TO_APPLY) {
                    throw new AssertionError("a change that does not qualify: " + c);
                }
            }
        }
    }
}
