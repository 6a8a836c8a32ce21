package org.elige.facts;

import java.time.LocalDate;
import java.time.Period;
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

    /** How many of the listed members are at least {@code minAge} at the evaluation date. */
    public Value membersAtLeast(java.math.BigDecimal minAge) {
        Value dates = read("member_birth_dates");
        if (!dates.known() || minAge == null) {
            return Value.derived("members_of_age", null, dates);
        }
        int count = 0;
        for (JsonNode d : json().path("member_birth_dates")) {
            LocalDate birth = parseDate(d);
            if (birth != null && Period.between(birth, household.evaluationDate()).getYears() >= minAge.intValue()) {
                count++;
            }
        }
        return Value.derived("members_of_age", new java.math.BigDecimal(count), dates);
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
