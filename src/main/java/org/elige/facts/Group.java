package org.elige.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A group (informal group, cooperative, ejido...): the unit of group programs. */
public final class Group extends Node implements Unit {
    private static final Layout FIELDS = new Layout("/groups/*");
    private static final int GROUP_KIND = FIELDS.field("kind");
    private static final int PURPOSE = FIELDS.field("purpose");
    private static final int MEMBERS_COUNT = FIELDS.field("members_count");
    private static final int ALL_RESIDE_IN_COMMUNITY = FIELDS.field("all_reside_in_community");
    private static final int REQUESTED_AMOUNT_MXN = FIELDS.field("requested_amount_mxn");
    private static final int DURATION_MONTHS = FIELDS.field("duration_months");
    private static final int HAS_CARTA_AVAL = FIELDS.field("has_carta_aval");
    private static final int CULTURAL_AREA = FIELDS.field("cultural_area");
    private static final int MEMBER_BIRTH_DATES = FIELDS.field("member_birth_dates");

    private final Household household;
    private final String id;
    /** Each date of {@code member_birth_dates}, or null when the list is absent or not a list. */
    private final List<Value> birthDates;

    Group(Household household, JsonNode json, String pointer) {
        super(json, pointer, FIELDS);
        this.household = household;
        this.id = json.path("group_id").asString("");
        JsonNode list = json.path("member_birth_dates");
        if (list.isArray()) {
            List<Value> dates = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                dates.add(Value.raw(at("member_birth_dates/" + i), list.get(i), parseDate(list.get(i))));
            }
            this.birthDates = List.copyOf(dates);
        } else {
            this.birthDates = null;
        }
    }

    @Override
    public String kind() {
        return "GROUP";
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Household household() {
        return household;
    }

    /**
     * The ages of the group's members at the evaluation date, one per member as far as the record
     * tells: one per date listed in {@code member_birth_dates} (a null or future date is an unknown
     * age), plus an unknown age for each member that {@code members_count} counts beyond the list
     * (every member when the list is absent), asking for the missing dates. Unknown when neither the
     * list nor the count is recorded. While {@code members_count} is unknown the group may have
     * members the list does not name.
     */
    public Many<Value> memberAges() {
        String at = at("member_birth_dates");
        Value count = membersCount();
        if (birthDates == null && !count.known()) {
            return Many.unknown(at);
        }
        List<Value> ages = new ArrayList<>();
        for (int i = 0; birthDates != null && i < birthDates.size(); i++) {
            Value birth = birthDates.get(i);
            ages.add(Value.derived("age", years(birth, household.evaluationDate()), birth));
        }
        int counted = count.known() ? count.number().intValue() : 0;
        while (ages.size() < counted) {
            ages.add(Value.unknown("age", List.of(at), List.of()));
        }
        return Many.known(at, ages);
    }

    /**
     * How many members the group has, as far as the record tells: {@code members_count}, or the
     * number of dates in {@code member_birth_dates} where the list names more; while the count is
     * unknown, at least the listed members (a number known only from below); unknown when neither
     * is recorded. The listed number is shown as {@code listed_members}.
     */
    public Value members() {
        Value count = membersCount();
        Value dates = fact(MEMBER_BIRTH_DATES);
        boolean isList = birthDates != null;
        Value listed = Value.derived("listed_members", isList ? new BigDecimal(birthDates.size()) : null, dates);
        if (count.known()) {
            return Value.derived(
                    "members", count.number().max(isList ? listed.number() : BigDecimal.ZERO), count, listed);
        }
        return listed.known()
                ? Value.bounded("members", listed.number(), null, count.missing(), List.of(count, listed))
                : Value.derived("members", null, count, listed);
    }

    public Value groupKind() {
        return fact(GROUP_KIND);
    }

    public Value purpose() {
        return fact(PURPOSE);
    }

    public Value membersCount() {
        return fact(MEMBERS_COUNT);
    }

    public Value allResideInCommunity() {
        return fact(ALL_RESIDE_IN_COMMUNITY);
    }

    public Value requestedAmountMxn() {
        return fact(REQUESTED_AMOUNT_MXN);
    }

    public Value durationMonths() {
        return fact(DURATION_MONTHS);
    }

    public Value hasCartaAval() {
        return fact(HAS_CARTA_AVAL);
    }

    public Value culturalArea() {
        return fact(CULTURAL_AREA);
    }
}
