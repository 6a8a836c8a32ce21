package org.elige.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The six social deprivations of a household (CONEVAL's dimensions, read from the facts at hand):
 * educational lag, health access, social security, dwelling quality and space, basic dwelling
 * services, and food. Each is a true/false {@link Value} decided in three-valued logic: one known
 * deprivation decides "has it" whatever else is unknown, and an undecided one names only the facts
 * that left it open.
 */
public final class Deprivations {
    private static final List<String> POOR_WALLS =
            List.of("MUD_WATTLE", "REED_BAMBOO_PALM", "CARDBOARD", "METAL_ASBESTOS", "WASTE");
    private static final List<String> POOR_WATER =
            List.of("PUBLIC_TAP", "OTHER_DWELLING", "WELL", "RIVER_LAKE", "TRUCK");
    /** CONEVAL: children of the head or spouse have social security through a parent under 16, or under 26 studying. */
    private static final int CHILD_AGE = 16;

    private static final int STUDENT_AGE = 26;
    private final Household h;
    private final BigDecimal crowding;
    private List<Value> all;
    private Map<String, Tri> shortfalls;

    /** @param crowding people per room above which a dwelling is overcrowded (the parameter in force) */
    Deprivations(Household h, BigDecimal crowding) {
        this.h = h;
        this.crowding = crowding;
    }

    /** All six, in CONEVAL's order (computed once). */
    public List<Value> all() {
        if (all == null) {
            all = List.of(
                    educationalLag(), healthAccess(), socialSecurity(), dwellingQuality(), basicServices(), food());
        }
        return all;
    }

    /** Whether the household has at least {@code n} deprivations: unknown until enough are known. */
    public Value atLeast(BigDecimal n) {
        int yes = 0;
        List<String> open = new ArrayList<>();
        for (Value v : all()) {
            yes += Boolean.TRUE.equals(v.bool()) ? 1 : 0;
            open.addAll(v.missing());
        }
        int unknown = (int) all().stream().filter(v -> !v.known()).count();
        Tri t = n == null
                ? Tri.UNKNOWN
                : BigDecimal.valueOf(yes).compareTo(n) >= 0
                        ? Tri.TRUE
                        : BigDecimal.valueOf(yes + unknown).compareTo(n) < 0 ? Tri.FALSE : Tri.unknown(open);
        return Value.decided("deprivations_at_least_" + n, t, all());
    }

    /**
     * The names of the deprivations known to be present, as codes (SOCIAL_SECURITY_DEPRIVATION,
     * FOOD_DEPRIVATION, ...) that the message catalogue renders.
     */
    public Value present() {
        List<String> names = all().stream()
                .filter(v -> Boolean.TRUE.equals(v.bool()))
                .map(v -> v.name().toUpperCase(Locale.ROOT))
                .toList();
        return Value.derived("deprivations_present", names, all());
    }

    public Value dwellingQuality() {
        Map<String, Tri> s = shortfalls();
        Tri any = Tri.any(s.get("EARTH_FLOOR"), s.get("POOR_ROOF"), s.get("POOR_WALLS"), s.get("OVERCROWDING"));
        return Value.decided(
                "dwelling_quality_deprivation", any, List.of(h.floor(), h.roof(), h.walls(), h.overcrowded(crowding)));
    }

    public Value basicServices() {
        Map<String, Tri> s = shortfalls();
        Tri any = Tri.any(s.get("NO_PIPED_WATER"), s.get("NO_DRAINAGE"), s.get("NO_ELECTRICITY"), s.get("SMOKY_FUEL"));
        return Value.decided(
                "basic_services_deprivation",
                any,
                List.of(h.waterSource(), h.drainage(), h.dwellingElectricity(), h.cookingFuel()));
    }

    /**
     * The dwelling's shortfalls known to be present, as codes (EARTH_FLOOR, NO_DRAINAGE, ...): the
     * parts of the dwelling-quality and basic-services deprivations, which dwelling works would fix.
     */
    public List<String> dwellingShortfalls() {
        return shortfalls().entrySet().stream()
                .filter(e -> e.getValue().isTrue())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Each shortfall of the dwelling, decided (CONEVAL's components of the two dwelling deprivations). */
    private Map<String, Tri> shortfalls() {
        if (shortfalls == null) {
            Map<String, Tri> s = new LinkedHashMap<>();
            s.put("EARTH_FLOOR", is(h.floor(), "EARTH"));
            s.put("POOR_ROOF", is(h.roof(), "CARDBOARD_WASTE"));
            s.put("POOR_WALLS", in(h.walls(), POOR_WALLS));
            s.put("OVERCROWDING", isTrue(h.overcrowded(crowding)));
            s.put("NO_PIPED_WATER", in(h.waterSource(), POOR_WATER));
            s.put("NO_DRAINAGE", in(h.drainage(), List.of("NONE", "TO_RIVER_RAVINE")));
            s.put("NO_ELECTRICITY", is(h.dwellingElectricity(), "NONE"));
            s.put("SMOKY_FUEL", in(h.cookingFuel(), List.of("WOOD_NO_CHIMNEY", "CHARCOAL_NO_CHIMNEY")));
            shortfalls = s;
        }
        return shortfalls;
    }

    public Value food() {
        Value f = h.foodInsecurity();
        return Value.decided("food_deprivation", in(f, List.of("MODERATE", "SEVERE")), List.of(f));
    }

    /** Some living member has no health services. */
    public Value healthAccess() {
        List<Value> read = new ArrayList<>();
        Tri any = some(h.living(), p -> is(seen(read, p.healthAccess()), "NONE"));
        return Value.decided("health_access_deprivation", any, read);
    }

    /**
     * Some living member lacks social security (revision 2026-12-07 §6): a member has it directly
     * (a scheme other than NONE, or a contributory pension), or through family: the head's spouse
     * through the head and the other way round, and children of the head under 16, or under 26 and
     * studying, through either parent. Who is head, spouse or child is read three-valued, so an
     * unknown relationship leaves the answer open only where it matters.
     */
    public Value socialSecurity() {
        List<Value> read = new ArrayList<>();
        Tri headHas = some(h.living(), q -> role(q, "HEAD", read).and(direct(q, read)));
        Tri spouseHas = some(h.living(), q -> role(q, "SPOUSE", read).and(direct(q, read)));
        Tri any = some(h.living(), p -> access(p, headHas, spouseHas, read).not());
        return Value.decided("social_security_deprivation", any, read);
    }

    private static Tri access(Person p, Tri headHas, Tri spouseHas, List<Value> read) {
        Value age = seen(read, p.age());
        Tri young = Tri.when(age, a -> a.number().intValue() < CHILD_AGE)
                .or(Tri.when(age, a -> a.number().intValue() < STUDENT_AGE).and(isTrue(seen(read, p.studying()))));
        return direct(p, read)
                .or(role(p, "HEAD", read).and(spouseHas))
                .or(role(p, "SPOUSE", read).and(headHas))
                .or(role(p, "CHILD", read).and(young).and(headHas.or(spouseHas)));
    }

    private static Tri role(Person p, String relationship, List<Value> read) {
        return is(seen(read, p.relationshipToHead()), relationship);
    }

    /** Social security of one's own; false for nobody (no such relative, or deceased). */
    private static Tri direct(Person p, List<Value> read) {
        if (p == null || Boolean.TRUE.equals(p.deceased().bool())) {
            return Tri.FALSE;
        }
        Value ss = seen(read, p.socialSecurity());
        Value pension = seen(read, p.receivesContributoryPension());
        return is(ss, "NONE").not().or(isTrue(pension));
    }

    /**
     * A member aged 3 to 15 who does not study and has not finished secondary school; or one aged
     * 16 or more without primary school (born before 1982) or without secondary school (born 1982 on).
     */
    public Value educationalLag() {
        List<Value> read = new ArrayList<>();
        Tri any = some(
                h.living(),
                p -> lag(
                        seen(read, p.age()),
                        seen(read, p.birthDate()),
                        seen(read, p.studying()),
                        seen(read, p.educationCompleted())));
        return Value.decided("educational_lag", any, read);
    }

    private static Tri lag(Value age, Value birth, Value studying, Value done) {
        if (!age.known()) {
            return Tri.unknown(age.missing());
        }
        int years = age.number().intValue();
        Tri secondary = in(done, List.of("SECUNDARIA", "MEDIA_SUPERIOR", "SUPERIOR"));
        if (years < 3) {
            return Tri.FALSE;
        }
        if (years <= 15) {
            return isTrue(studying).not().and(secondary.not());
        }
        Tri primary = is(done, "NONE").not();
        return (birth.date().getYear() < 1982 ? primary : secondary).not();
    }

    private static <T> Tri some(List<T> items, Function<T, Tri> test) {
        Tri t = Tri.FALSE;
        for (T item : items) {
            t = t.or(test.apply(item));
        }
        return t;
    }

    private static Value seen(List<Value> read, Value v) {
        read.add(v);
        return v;
    }

    static Tri is(Value v, String code) {
        return Tri.when(v, x -> code.equals(x.get()));
    }

    static Tri in(Value v, List<String> codes) {
        return Tri.when(v, x -> codes.contains(x.get()));
    }

    static Tri isTrue(Value v) {
        return v.bool() == null ? Tri.unknown(v.missing()) : Tri.of(v.bool());
    }
}
