package org.elige.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A group (informal group, cooperative, ejido...): the unit of group programs. */
public final class Group extends Node implements Unit {
    private final Household household;
    private final String id;

    Group(Household household, JsonNode json, String pointer) {
        super(json, pointer);
        this.household = household;
        this.id = json.path("group_id").asString("");
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
        JsonNode list = json().path("member_birth_dates");
        Value count = membersCount();
        if (!list.isArray() && !count.known()) {
            return Many.unknown(at);
        }
        List<Value> ages = new ArrayList<>();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            Value birth = Value.raw(at + "/" + i, list.get(i), parseDate(list.get(i)));
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
        Value dates = read("member_birth_dates");
        JsonNode list = json().path("member_birth_dates");
        Value listed = Value.derived("listed_members", list.isArray() ? new BigDecimal(list.size()) : null, dates);
        if (count.known()) {
            return Value.derived(
                    "members", count.number().max(list.isArray() ? listed.number() : BigDecimal.ZERO), count, listed);
        }
        return listed.known()
                ? Value.bounded("members", listed.number(), null, count.missing(), List.of(count, listed))
                : Value.derived("members", null, count, listed);
    }

    public Value groupKind() {
        return read("kind");
    }

    public Value purpose() {
        return read("purpose");
    }

    public Value membersCount() {
        return read("members_count");
    }

    public Value allResideInCommunity() {
        return read("all_reside_in_community");
    }

    public Value requestedAmountMxn() {
        return read("requested_amount_mxn");
    }

    public Value durationMonths() {
        return read("duration_months");
    }

    public Value hasCartaAval() {
        return read("has_carta_aval");
    }

    public Value culturalArea() {
        return read("cultural_area");
    }
}
