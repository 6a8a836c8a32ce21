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

    public Household(JsonNode root, LocalDate evaluationDate) {
        super(root, "");
        this.id = root.path("household_id").asString("");
        this.evaluationDate = evaluationDate;
        this.locality = new Locality(this, root.path("location"));
        JsonNode m = root.path("members");
        for (int i = 0; i < m.size(); i++) {
            members.add(new Person(this, m.get(i), "/members/" + i));
        }
        JsonNode p = root.path("parcels");
        for (int i = 0; i < p.size(); i++) {
            parcels.add(new Parcel(p.get(i), "/parcels/" + i));
        }
        JsonNode g = root.path("groups");
        for (int i = 0; i < g.size(); i++) {
            groups.add(new Group(this, g.get(i), "/groups/" + i));
        }
        for (Person person : members) {
            List<Parcel> held = parcels.stream().filter(x -> x.holderMemberId().known()
                    && person.id().equals(x.holderMemberId().text())).toList();
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

    public Value monthlyIncome() {
        return read("household_monthly_income_mxn");
    }

    public Value foodInsecurity() {
        return read("food_insecurity");
    }

    /** Members not known to have died. */
    public List<Person> living() {
        return members.stream().filter(p -> !Boolean.TRUE.equals(p.deceased().bool())).toList();
    }

    /** Household income divided by its living members. */
    public Value perCapitaIncome() {
        Value income = monthlyIncome();
        int n = living().size();
        BigDecimal pc = income.known() && n > 0 ? income.number().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP) : null;
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
        for (JsonNode e : list) {
            boolean member = memberId == null || memberId.equals(e.path("member_id").asString(null));
            boolean status = statuses.length == 0 || List.of(statuses).contains(e.path("status").asString(""));
            if (member && program.equals(e.path("program").asString("")) && status) {
                return Value.derived("enrolled_" + program, Boolean.TRUE, Value.raw("/program_enrollments", list, list));
            }
        }
        return Value.derived("enrolled_" + program, Boolean.FALSE, Value.raw("/program_enrollments", list, list));
    }

    /** The member's enrollments in a program, latest cycle last; null when the list is absent. */
    public List<JsonNode> enrollments(String memberId, String program) {
        JsonNode list = json().path("program_enrollments");
        if (!list.isArray()) {
            return null;
        }
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : list) {
            if (memberId.equals(e.path("member_id").asString(null)) && program.equals(e.path("program").asString(""))) {
                found.add(e);
            }
        }
        found.sort((a, b) -> Integer.compare(a.path("cycle").asInt(0), b.path("cycle").asInt(0)));
        return found;
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
