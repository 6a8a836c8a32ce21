package org.elige.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A household record as facts for the rules, at one evaluation date: the household itself (unit of
 * household programs), its locality, members, producers and groups.
 */
public final class Household extends Node implements Unit {
    private final String id;
    private final LocalDate evaluationDate;
    private final Locality locality;
    private final List<Person> members = new ArrayList<>();
    private final List<Parcel> parcels = new ArrayList<>();
    private final List<Producer> producers = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private List<Person> living;

    public Household(JsonNode root, LocalDate evaluationDate) {
        super(root, "");
        this.id = root.path("household_id").asString("");
        this.evaluationDate = evaluationDate;
        this.locality = new Locality(this, root.path("location"));
        JsonNode m = list(root.path("members"));
        for (int i = 0; i < m.size(); i++) {
            members.add(new Person(this, m.get(i), "/members/" + i));
        }
        JsonNode p = list(root.path("parcels"));
        for (int i = 0; i < p.size(); i++) {
            parcels.add(new Parcel(p.get(i), "/parcels/" + i));
        }
        JsonNode g = list(root.path("groups"));
        for (int i = 0; i < g.size(); i++) {
            groups.add(new Group(this, g.get(i), "/groups/" + i));
        }
        for (Person person : members) {
            List<Parcel> held = parcels.stream()
                    .filter(x -> x.holderMemberId().known()
                            && person.id().equals(x.holderMemberId().text()))
                    .toList();
            if (!held.isEmpty()) {
                producers.add(new Producer(person, held));
            }
        }
    }

    @Override
    public String kind() {
        return "HOUSEHOLD";
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Household household() {
        return this;
    }

    /** The household record as read, for naming whom a missing fact is about. */
    public JsonNode record() {
        return json();
    }

    public LocalDate evaluationDate() {
        return evaluationDate;
    }

    public Locality locality() {
        return locality;
    }

    public List<Person> members() {
        return members;
    }

    public List<Parcel> parcels() {
        return parcels;
    }

    public List<Producer> producers() {
        return producers;
    }

    public List<Group> groups() {
        return groups;
    }

    /** The household's businesses (a list that may be absent: unknown, never "none"). */
    public Many<Business> businesses() {
        JsonNode list = json().path("businesses");
        if (!list.isArray()) {
            return Many.unknown("/businesses"); // absent, null or not a list (the schema reports the last)
        }
        List<Business> all = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            all.add(new Business(list.get(i), "/businesses/" + i));
        }
        return Many.known("/businesses", all);
    }

    public Value monthlyIncome() {
        return read("household_monthly_income_mxn");
    }

    public Value foodInsecurity() {
        return read("food_insecurity");
    }

    /** The head of the household (living or not), or null when no member is recorded as HEAD. */
    public Person head() {
        return members.stream()
                .filter(p -> "HEAD".equals(p.relationshipToHead().text()))
                .findFirst()
                .orElse(null);
    }

    /**
     * Who heads the household: the member id of the member recorded as HEAD; NONE when every
     * member's relationship to the head is known and none is HEAD; unknown otherwise, naming the
     * unknown relationships.
     */
    public Value headMember() {
        Person head = head();
        if (head != null) {
            return Value.derived("head_member", head.id(), head.relationshipToHead());
        }
        List<Value> read = members.stream().map(Person::relationshipToHead).toList();
        Tri any = Tri.FALSE;
        for (Value rel : read) {
            any = any.or(Deprivations.is(rel, "HEAD"));
        }
        return any.isFalse()
                ? Value.derived("head_member", "NONE", read)
                : Value.unknown("head_member", any.missing(), read);
    }

    /** People per room: living members divided by {@code dwelling.rooms_total}. */
    public Value peoplePerRoom() {
        Value rooms = roomsTotal();
        BigDecimal ppr = rooms.known() && rooms.number().signum() > 0
                ? BigDecimal.valueOf(living().size()).divide(rooms.number(), 2, RoundingMode.HALF_UP)
                : null;
        return Value.derived("people_per_room", ppr, rooms);
    }

    /** More than {@code threshold} people per room, compared exactly (not the rounded ratio shown). */
    public Value overcrowded(BigDecimal threshold) {
        Value ppr = peoplePerRoom();
        Value rooms = roomsTotal();
        Boolean over = ppr.known() && threshold != null
                ? BigDecimal.valueOf(living().size()).compareTo(threshold.multiply(rooms.number())) > 0
                : null;
        return Value.derived("overcrowded", over, ppr);
    }

    /** The six social deprivations, with overcrowding above {@code crowding} people per room. */
    public Deprivations deprivations(BigDecimal crowding) {
        return deprivations.computeIfAbsent(
                crowding == null ? BigDecimal.valueOf(-1) : crowding, c -> new Deprivations(this, crowding));
    }

    private final java.util.Map<BigDecimal, Deprivations> deprivations = new java.util.HashMap<>();

    /** Whether anyone in the household was ever enrolled in one of these programs (any status). */
    public Value everEnrolled(String... programs) {
        Value any = Value.derived("ever_enrolled", Boolean.FALSE);
        for (String program : programs) {
            Value v = enrolled(null, program);
            if (!v.known() || v.bool()) {
                return v.renamed("ever_enrolled");
            }
            any = v.renamed("ever_enrolled");
        }
        return any;
    }

    /** Members not known to have died (read once: many rules ask). */
    public List<Person> living() {
        if (living == null) {
            living = members.stream()
                    .filter(p -> !Boolean.TRUE.equals(p.deceased().bool()))
                    .toList();
        }
        return living;
    }

    /** Household income divided by its living members, unrounded (revision 2026-12-07 §9). */
    public Value perCapitaIncome() {
        Value income = monthlyIncome();
        int n = living().size();
        BigDecimal pc = income.known() && n > 0
                ? income.number().divide(BigDecimal.valueOf(n), java.math.MathContext.DECIMAL64)
                : null;
        return Value.derived("per_capita_income", pc, income);
    }

    /**
     * Whether the member (or, with a null member, anyone in the household) is enrolled in the
     * program with one of the given statuses (any status when none are given). Unknown when the
     * enrollments list is absent.
     */
    public Value enrolled(String memberId, String program, String... statuses) {
        JsonNode list = json().path("program_enrollments");
        if (!list.isArray()) {
            return Value.derived("enrolled_" + program, null, read("program_enrollments"));
        }
        if (memberId != null) {
            return memberEnrolled(list, memberId, program, statuses);
        }
        for (JsonNode e : list) {
            boolean member =
                    memberId == null || memberId.equals(e.path("member_id").asString(null));
            boolean status = statuses.length == 0
                    || List.of(statuses).contains(e.path("status").asString(""));
            if (member && program.equals(e.path("program").asString("")) && status) {
                return Value.derived(
                        "enrolled_" + program, Boolean.TRUE, Value.raw("/program_enrollments", list, list));
            }
        }
        return Value.derived("enrolled_" + program, Boolean.FALSE, Value.raw("/program_enrollments", list, list));
    }

    /**
     * Whether a member is enrolled, read from that member's own enrollments only (each a fact, by
     * its pointer; "member_enrollments" 0 when there are none) and the first entry that may be theirs
     * but breaks the schema, so what every member's criteria show grows with that member's
     * enrollments, not with the whole list.
     */
    private Value memberEnrolled(JsonNode list, String memberId, String program, String... statuses) {
        List<Value> own = new ArrayList<>();
        boolean found = false;
        boolean unclear = false;
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            JsonNode member = e.path("member_id");
            if (memberId.equals(member.asString(null)) && member.isString()) {
                own.add(Value.raw("/program_enrollments/" + i, e, e));
                found |= program.equals(e.path("program").asString(""))
                        && (statuses.length == 0
                                || List.of(statuses).contains(e.path("status").asString("")));
            } else if (!unclear
                    && (!e.isObject() || !member.isMissingNode() && !member.isNull() && !member.isString())) {
                // An entry that may be this member's but breaks the schema: read (so the result is a
                // DATA_ERROR); the first one is enough to say so.
                own.add(Value.raw("/program_enrollments/" + i, e, e.isNull() ? null : e));
                unclear = true;
            }
        }
        if (own.isEmpty()) {
            own.add(Value.derived("member_enrollments", BigDecimal.ZERO));
        }
        return Value.derived("enrolled_" + program, found, own);
    }

    /** The member's enrollments in a program, latest (cycle, then since) last; null when the list is absent. */
    List<Enrollment> enrollments(String memberId, String program) {
        JsonNode list = json().path("program_enrollments");
        if (!list.isArray()) {
            return null;
        }
        List<Enrollment> found = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            if (memberId.equals(e.path("member_id").asString(null))
                    && program.equals(e.path("program").asString(""))) {
                found.add(new Enrollment(e, "/program_enrollments/" + i));
            }
        }
        found.sort(java.util.Comparator.comparingInt(
                        (Enrollment e) -> e.json().path("cycle").asInt(0))
                .thenComparing(e -> e.json().path("since").asString("")));
        return found;
    }

    @Override
    protected JsonNode json() {
        return super.json();
    }

    public Value dwellingTenure() {
        return read("dwelling", "tenure");
    }

    public Value ownershipDocument() {
        return read("dwelling", "ownership_document");
    }

    public Value floor() {
        return read("dwelling", "floor");
    }

    public Value roof() {
        return read("dwelling", "roof");
    }

    public Value walls() {
        return read("dwelling", "walls");
    }

    public Value roomsTotal() {
        return read("dwelling", "rooms_total");
    }

    public Value waterSource() {
        return read("dwelling", "water_source");
    }

    public Value dwellingElectricity() {
        return read("dwelling", "electricity");
    }

    public Value drainage() {
        return read("dwelling", "drainage");
    }

    public Value cookingFuel() {
        return read("dwelling", "cooking_fuel");
    }

    public Value householdOwnsOtherDwelling() {
        return read("dwelling", "household_owns_other_dwelling");
    }
}
