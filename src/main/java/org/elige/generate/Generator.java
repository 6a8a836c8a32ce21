package org.elige.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.elige.input.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic synthetic households per the input contract, deterministic per seed: all 32 states
 * weighted toward rural and indigenous regions, localities under and over 2,500, members of every
 * age, parcels, businesses, groups and enrollments, some facts absent, some values exactly at
 * the thresholds the catalogue uses, and a small share of invalid CURPs.
 */
public final class Generator {
    private static final String[] STATES = {
        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
        "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"
    };
    /** Rural and indigenous states weigh more: Chiapas, Oaxaca, Guerrero, Veracruz, Puebla, Yucatán, Hidalgo... */
    private static final int[] STATE_WEIGHTS = {
        1, 1, 1, 3, 1, 1, 10, 2, 1, 2, 3, 7, 5, 2, 4, 4, 1, 2, 1, 10, 6, 1, 3, 3, 1, 1, 3, 1, 2, 8, 5, 1
    };

    private final LocalDate date;
    private final long seed;
    private final List<String> programs;
    private final List<String> others;

    /**
     * @param programs program ids that enrollments may name (those of the rule set)
     * @param others   other enrollments a few may name ({@code other_enrollments} of the rule set)
     */
    public Generator(long seed, LocalDate date, List<String> programs, List<String> others) {
        this.seed = seed;
        this.date = date;
        this.programs = programs;
        this.others = others;
    }

    /** Households enrolled in the rule set's programs and other enrollments. */
    public Generator(long seed, LocalDate date, org.elige.rules.RuleSet rules) {
        this(
                seed,
                date,
                List.copyOf(rules.programs().keySet()),
                List.copyOf(rules.enrollable().stream()
                        .filter(e -> !rules.programs().containsKey(e))
                        .toList()));
    }

    /** Household number {@code i} (from 0): the same for the same seed, whatever else is generated. */
    public ObjectNode household(long i) {
        Dice r = new Dice(new SplittableRandom(seed * 1_000_003L + i), date);
        ObjectNode h = Json.WRITER.createObjectNode();
        h.put("schema_version", "1.0");
        h.put("household_id", String.format("H-%08d", i));
        h.put("evaluation_date", date.toString());
        boolean rural = r.chance(0.6);
        String state = STATES[r.weighted(STATE_WEIGHTS)];
        h.set("location", Places.location(r, state, rural));
        h.set("dwelling", Places.dwelling(r, rural));
        ArrayNode members = People.members(r, state);
        h.set("members", members);
        r.maybe(h, "household_monthly_income_mxn", () -> r.income(members.size(), rural));
        r.maybe(h, "food_insecurity", () -> r.pick("NONE", "NONE", "MILD", "MODERATE", "SEVERE"));
        h.set("parcels", Land.parcels(r, members, rural, state));
        h.set("businesses", Land.businesses(r, members));
        h.set("groups", Land.groups(r));
        h.set("program_enrollments", People.enrollments(r, members, programs, others));
        r.dropSome(h);
        return h;
    }
}
