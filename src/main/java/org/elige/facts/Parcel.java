package org.elige.facts;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A parcel of land held by a member. */
public final class Parcel extends Node {
    private static final Layout FIELDS = new Layout("/parcels/*");
    private static final int HOLDER_MEMBER_ID = FIELDS.field("holder_member_id");
    private static final int TENURE = FIELDS.field("tenure");
    private static final int DOCUMENT = FIELDS.field("document");
    private static final int CONTRACT_YEARS_REMAINING = FIELDS.field("contract_years_remaining");
    private static final int AREA_HA = FIELDS.field("area_ha");
    private static final int WATER_REGIME = FIELDS.field("water_regime");
    private static final int USE = FIELDS.field("use");
    private static final int CROP = FIELDS.field("crop");
    private static final int BEEHIVES = FIELDS.field("beehives");
    private static final int IN_PROTECTED_AREA = FIELDS.field("in_protected_area");
    private static final int IN_URBAN_ZONE = FIELDS.field("in_urban_zone");
    private static final int DISTANCE_FROM_HOME_KM = FIELDS.field("distance_from_home_km");
    private static final int DAMAGE_EVENT = FIELDS.field("damage/event");
    private static final int DAMAGED_HA = FIELDS.field("damage/damaged_ha");
    private static final int DAMAGE_CYCLE_YEAR = FIELDS.field("damage/cycle_year");

    private final String id;
    private final Value damage;
    private final Value damageEvent;
    private final Value damagedHa;
    private final Value damageCycleYear;

    Parcel(JsonNode json, String pointer) {
        super(json, pointer, FIELDS);
        this.id = json.path("parcel_id").asString("");
        JsonNode node = json.path("damage");
        this.damage = Value.raw(at("damage"), node, node.isMissingNode() ? null : node.isObject());
        boolean recorded = json.has("damage");
        this.damageEvent = damageField(recorded, "event", DAMAGE_EVENT);
        this.damagedHa = damageField(recorded, "damaged_ha", DAMAGED_HA);
        this.damageCycleYear = damageField(recorded, "cycle_year", DAMAGE_CYCLE_YEAR);
    }

    public String id() {
        return id;
    }

    /** Whether the input says anything about damage: null means no damage, an absent key is unknown. */
    public Value damage() {
        return damage;
    }

    public Value damageEvent() {
        return damageEvent;
    }

    public Value damagedHa() {
        return damagedHa;
    }

    public Value damageCycleYear() {
        return damageCycleYear;
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
    private Value damageField(boolean recorded, String field, int index) {
        Value v = fact(index);
        return recorded ? v : Value.unknown(field, List.of(at("damage")), List.of(v));
    }

    public Value holderMemberId() {
        return fact(HOLDER_MEMBER_ID);
    }

    public Value tenure() {
        return fact(TENURE);
    }

    public Value document() {
        return fact(DOCUMENT);
    }

    public Value contractYearsRemaining() {
        return fact(CONTRACT_YEARS_REMAINING);
    }

    public Value areaHa() {
        return fact(AREA_HA);
    }

    public Value waterRegime() {
        return fact(WATER_REGIME);
    }

    public Value use() {
        return fact(USE);
    }

    public Value crop() {
        return fact(CROP);
    }

    public Value beehives() {
        return fact(BEEHIVES);
    }

    public Value inProtectedArea() {
        return fact(IN_PROTECTED_AREA);
    }

    public Value inUrbanZone() {
        return fact(IN_URBAN_ZONE);
    }

    public Value distanceFromHomeKm() {
        return fact(DISTANCE_FROM_HOME_KM);
    }
}
