package org.elige.facts;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A parcel of land held by a member. */
public final class Parcel extends Node {
    private final String id;

    Parcel(JsonNode json, String pointer) {
        super(json, pointer);
        this.id = json.path("parcel_id").asString("");
    }

    public String id() {
        return id;
    }

    /** Whether the input says anything about damage: null means no damage, an absent key is unknown. */
    public Value damage() {
        JsonNode node = json().path("damage");
        return Value.raw(at("damage"), node, node.isMissingNode() ? null : node.isObject());
    }

    public Value damageEvent() {
        return damageField("event");
    }

    public Value damagedHa() {
        return damageField("damaged_ha");
    }

    public Value damageCycleYear() {
        return damageField("cycle_year");
    }

    /** The crop cycle of the damage as the year's text ("2022"): a year names a cycle, it is not a quantity. */
    public Value damageCycle() {
        Value year = damageCycleYear();
        return year.known()
                ? Value.derived(
                        "damage_cycle", year.number().stripTrailingZeros().toPlainString(), year)
                : Value.unknown("damage_cycle", year.missing(), List.of(year));
    }

    /**
     * A field of the damage record. While the record itself is absent (unknown, unlike null: no
     * damage), what is missing is the record, named by its own pointer (decision.md).
     */
    private Value damageField(String field) {
        Value v = read("damage", field);
        return has("damage") ? v : Value.unknown(field, List.of(at("damage")), List.of(v));
    }

    public Value holderMemberId() {
        return read("holder_member_id");
    }

    public Value tenure() {
        return read("tenure");
    }

    public Value document() {
        return read("document");
    }

    public Value contractYearsRemaining() {
        return read("contract_years_remaining");
    }

    public Value areaHa() {
        return read("area_ha");
    }

    public Value waterRegime() {
        return read("water_regime");
    }

    public Value use() {
        return read("use");
    }

    public Value crop() {
        return read("crop");
    }

    public Value beehives() {
        return read("beehives");
    }

    public Value inProtectedArea() {
        return read("in_protected_area");
    }

    public Value inUrbanZone() {
        return read("in_urban_zone");
    }

    public Value distanceFromHomeKm() {
        return read("distance_from_home_km");
    }
}
