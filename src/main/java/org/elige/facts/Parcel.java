package org.elige.facts;

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

    /** The damage on this parcel; {@code null} in the input means no damage. */
    public boolean damaged() {
        return json().path("damage").isObject();
    }

    /** Whether the input says anything about damage: an absent key is unknown. */
    public Value damage() {
        JsonNode node = json().path("damage");
        return Value.raw(at("damage"), node, node.isMissingNode() ? null : node.isObject());
    }

    public Value damageEvent() {
        return read("damage", "event");
    }

    public Value damagedHa() {
        return read("damage", "damaged_ha");
    }

    public Value damageCycleYear() {
        return read("damage", "cycle_year");
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
