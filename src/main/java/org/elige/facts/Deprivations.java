package org.elige.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The six social deprivations of a household (CONEVAL's dimensions, read from the facts at hand):
 * educational lag, health access, social security, dwelling quality and space, basic dwelling
 * services, and food. Each is a Boolean {@link Value}; the household has one when any living member
 * has it (for the person-level ones).
 */
public final class Deprivations {
    private static final List<String> POOR_WALLS = List.of("MUD_WATTLE", "REED_BAMBOO_PALM", "CARDBOARD", "METAL_ASBESTOS", "WASTE");
    private static final List<String> POOR_WATER = List.of("PUBLIC_TAP", "OTHER_DWELLING", "WELL", "RIVER_LAKE", "TRUCK");
    private final Household h;
    private final BigDecimal crowding;

    /** @param crowding people per room above which a dwelling is overcrowded (the parameter in force) */
    Deprivations(Household h, BigDecimal crowding) {
        this.h = h;
        this.crowding = crowding;
    }

    private List<Value> all;

    /** All six, in CONEVAL's order (computed once). */
    public List<Value> all() {
        if (all == null) {
            all = List.of(educationalLag(), healthAccess(), socialSecurity(), dwellingQuality(), basicServices(), food());
        }
        return all;
    }

    /** Whether the household has at least {@code n} deprivations: unknown until enough are known. */
    public Value atLeast(BigDecimal n) {
        int yes = 0;
        int unknown = 0;
        for (Value v : all()) {
            yes += Boolean.TRUE.equals(v.bool()) ? 1 : 0;
            unknown += v.known() ? 0 : 1;
        }
        Boolean result = n == null ? null : yes >= n.intValue() ? Boolean.TRUE : yes + unknown < n.intValue() ? Boolean.FALSE : null;
        return Value.derived("deprivations_at_least_" + n, result, all());
    }

    public Value dwellingQuality() {
        Value floor = h.floor();
        Value roof = h.roof();
        Value walls = h.walls();
        Value crowded = h.overcrowded(crowding);
        Boolean any = Kleene.any(is(floor, "EARTH"), is(roof, "CARDBOARD_WASTE"), in(walls, POOR_WALLS), crowded.bool());
        return Value.derived("dwelling_quality_deprivation", any, floor, roof, walls, crowded);
    }

    public Value basicServices() {
        Value water = h.waterSource();
        Value drainage = h.drainage();
        Value power = h.dwellingElectricity();
        Value fuel = h.cookingFuel();
        Boolean any = Kleene.any(in(water, POOR_WATER), in(drainage, List.of("NONE", "TO_RIVER_RAVINE")), is(power, "NONE"),
                in(fuel, List.of("WOOD_NO_CHIMNEY", "CHARCOAL_NO_CHIMNEY")));
        return Value.derived("basic_services_deprivation", any, water, drainage, power, fuel);
    }

    public Value food() {
        Value f = h.foodInsecurity();
        return Value.derived("food_deprivation", in(f, List.of("MODERATE", "SEVERE")), f);
    }

    public Value healthAccess() {
        return h.anyMember("health_access", "NONE").renamed("health_access_deprivation");
    }

    /** An adult without social security who receives no contributory pension. */
    public Value socialSecurity() {
        List<Value> read = new ArrayList<>();
        List<Boolean> each = new ArrayList<>();
        for (Person p : h.living()) {
            Value age = p.age();
            Value ss = p.socialSecurity();
            Value pension = p.receivesContributoryPension();
            read.addAll(List.of(age, ss, pension));
            Boolean adult = age.known() ? age.number().intValue() >= 18 : null;
            each.add(Kleene.all(adult, is(ss, "NONE"), pension.bool() == null ? null : !pension.bool()));
        }
        return Value.derived("social_security_deprivation", Kleene.any(each.toArray(Boolean[]::new)), read);
    }

    /**
     * A member aged 3 to 15 who does not study and has not finished secondary school; or one aged
     * 16 or more without primary school (born before 1982) or without secondary school (born 1982 on).
     */
    public Value educationalLag() {
        List<Value> read = new ArrayList<>();
        List<Boolean> each = new ArrayList<>();
        for (Person p : h.living()) {
            Value birth = p.birthDate();
            Value age = p.age();
            Value studying = p.studying();
            Value done = p.educationCompleted();
            read.addAll(List.of(birth, studying, done));
            each.add(lag(age, birth, studying, done));
        }
        return Value.derived("educational_lag", Kleene.any(each.toArray(Boolean[]::new)), read);
    }

    private static Boolean lag(Value age, Value birth, Value studying, Value done) {
        if (!age.known()) {
            return null;
        }
        int years = age.number().intValue();
        Boolean secondary = done.known() ? List.of("SECUNDARIA", "MEDIA_SUPERIOR", "SUPERIOR").contains(done.text()) : null;
        if (years < 3) {
            return Boolean.FALSE;
        }
        if (years <= 15) {
            return Kleene.all(studying.bool() == null ? null : !studying.bool(), secondary == null ? null : !secondary);
        }
        Boolean primary = done.known() ? !"NONE".equals(done.text()) : null;
        Boolean needed = birth.date().getYear() < 1982 ? primary : secondary;
        return needed == null ? null : !needed;
    }

    static Boolean is(Value v, String code) {
        return v.known() ? code.equals(v.get()) : null;
    }

    static Boolean in(Value v, List<String> codes) {
        return v.known() ? codes.contains(v.get()) : null;
    }
}
