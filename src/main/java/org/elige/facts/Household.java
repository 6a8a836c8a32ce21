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
    private static final Layout FIELDS = new Layout("");
    private static final int MONTHLY_INCOME = FIELDS.field("household_monthly_income_mxn");
    private static final int FOOD_INSECURITY = FIELDS.field("food_insecurity");
    private static final int DWELLING_TENURE = FIELDS.field("dwelling/tenure");
    private static final int OWNERSHIP_DOCUMENT = FIELDS.field("dwelling/ownership_document");
    private static final int FLOOR = FIELDS.field("dwelling/floor");
    private static final int ROOF = FIELDS.field("dwelling/roof");
    private static final int WALLS = FIELDS.field("dwelling/walls");
    private static final int ROOMS_TOTAL = FIELDS.field("dwelling/rooms_total");
    private static final int WATER_SOURCE = FIELDS.field("dwelling/water_source");
    private static final int DWELLING_ELECTRICITY = FIELDS.field("dwelling/electricity");
    private static final int DRAINAGE = FIELDS.field("dwelling/drainage");
    private static final int COOKING_FUEL = FIELDS.field("dwelling/cooking_fuel");
    private static final int HOUSEHOLD_OWNS_OTHER_DWELLING = FIELDS.field("dwelling/household_owns_other_dwelling");

    private final String id;
    private final LocalDate evaluationDate;
    private final Locality locality;
    private final List<Person> members = new ArrayList<>();
    private final List<Parcel> parcels = new ArrayList<>();
    private final List<Producer> producers = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final Enrollments enrollments;
    private final Many<Business> businesses;
    private List<Person> living;

    /** Binds the record's facts at an evaluation date: every part is read from the tree here, once. */
    public Household(JsonNode root, LocalDate evaluationDate) {
        super(root, "", FIELDS);
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
        this.enrollments = new Enrollments(root);
        this.businesses = businesses(root.path("businesses"));
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
        return businesses;
    }

    private static Many<Business> businesses(JsonNode list) {
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
        return fact(MONTHLY_INCOME);
    }

    public Value foodInsecurity() {
        return fact(FOOD_INSECURITY);
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
        return enrollments.enrolled(memberId, program, statuses);
    }

    /** The member's enrollments in a program, latest (cycle, then since) last; null when the list is absent. */
    List<Enrollment> enrollments(String memberId, String program) {
        return enrollments.of(memberId, program);
    }

    /** {@code program_enrollments} as one fact. */
    Value enrollmentList() {
        return enrollments.list();
    }

    public Value dwellingTenure() {
        return fact(DWELLING_TENURE);
    }

    public Value ownershipDocument() {
        return fact(OWNERSHIP_DOCUMENT);
    }

    public Value floor() {
        return fact(FLOOR);
    }

    public Value roof() {
        return fact(ROOF);
    }

    public Value walls() {
        return fact(WALLS);
    }

    public Value roomsTotal() {
        return fact(ROOMS_TOTAL);
    }

    public Value waterSource() {
        return fact(WATER_SOURCE);
    }

    public Value dwellingElectricity() {
        return fact(DWELLING_ELECTRICITY);
    }

    public Value drainage() {
        return fact(DRAINAGE);
    }

    public Value cookingFuel() {
        return fact(COOKING_FUEL);
    }

    public Value householdOwnsOtherDwelling() {
        return fact(HOUSEHOLD_OWNS_OTHER_DWELLING);
    }
}
