package org.elige.facts;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A member of the household: the unit of person programs. Every accessor may be unknown. */
public final class Person extends Node implements Unit {
    private final Household household;
    private final String id;

    Person(Household household, JsonNode json, String pointer) {
        super(json, pointer);
        this.household = household;
        this.id = json.path("member_id").asString("");
    }

    @Override
    public String kind() {
        return "PERSON";
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Household household() {
        return household;
    }

    /** Whole years at the evaluation date; a birthday on that date counts. */
    public Value age() {
        return memo("age", this::computeAge);
    }

    private Value computeAge() {
        Value birth = birthDate();
        return Value.derived("age", years(birth, household.evaluationDate()), birth);
    }

    /** Age on another date, e.g. when the mother died. */
    public Value ageOn(Value date) {
        Value birth = birthDate();
        return Value.derived("age", years(birth, date.date()), birth, date);
    }

    /** Age at death for a member who has died, else at the evaluation date; unknown while {@code deceased} is. */
    public Value ageAtDeathOrNow() {
        Value dead = deceased();
        return Boolean.TRUE.equals(dead.bool())
                ? ageOn(deathDate())
                : Boolean.FALSE.equals(dead.bool()) ? age() : Value.derived("age", null, dead);
    }

    /**
     * Lives in Mexico: a household member lives at the household's location (known when the
     * state code is) unless recorded as {@code resides_abroad}. Absent means not abroad (the
     * schema's default); null is unknown.
     */
    public Value livesInMexico() {
        Value abroad = read("resides_abroad");
        Value state = household.locality().cveEnt();
        boolean recorded = has("resides_abroad");
        Boolean lives = Boolean.TRUE.equals(abroad.bool())
                ? Boolean.FALSE
                : state.known() && (!recorded || abroad.known()) ? Boolean.TRUE : null;
        return recorded
                ? Value.derived("lives_in_mexico", lives, abroad, state)
                : Value.derived("lives_in_mexico", lives, state);
    }

    /** Has a CURP: recorded, or declared by {@code documents.has_curp}. */
    public Value hasCurp() {
        Value curp = curp();
        Value declared = read("documents", "has_curp");
        Boolean has = curp.known() ? Boolean.TRUE : declared.bool();
        return declared.known() || !curp.known()
                ? Value.derived("has_curp", has, curp, declared)
                : Value.derived("has_curp", has, curp);
    }

    /** Whether this member is enrolled in the program with one of the statuses (any, if none given). */
    public Value enrolledIn(String program, String... statuses) {
        return household.enrolled(id, program, statuses);
    }

    /** The member's enrollments in a program, latest (cycle, then since) last; unknown when the list is absent. */
    public Many<Enrollment> enrollments(String program) {
        List<Enrollment> list = household.enrollments(id, program);
        return list == null ? Many.unknown("/program_enrollments") : Many.known("/program_enrollments", list);
    }

    /**
     * The cycle that follows the member's highest-cycle enrollment in the program ({@code next_cycle}):
     * 1 when they have none; unknown when the enrollments list is absent or one of theirs has no cycle.
     */
    public Value nextCycle(String program) {
        List<Enrollment> list = household.enrollments(id, program);
        if (list == null) {
            return Value.derived("next_cycle", null, household.read("program_enrollments"));
        }
        java.math.BigDecimal highest = java.math.BigDecimal.ZERO;
        List<Value> read = new java.util.ArrayList<>();
        for (Enrollment e : list) {
            read.add(e.cycle());
            highest =
                    e.cycle().known() && highest != null ? highest.max(e.cycle().number()) : null;
        }
        return Value.derived("next_cycle", highest == null ? null : highest.add(java.math.BigDecimal.ONE), read);
    }

    public Value birthDate() {
        return readDate("birth_date");
    }

    public Value deathDate() {
        return readDate("death_date");
    }

    /** Status in Jóvenes Construyendo el Futuro: NEVER when {@code jcf_history} is null. */
    public Value jcfStatus() {
        return optional("jcf_history", "status", "NEVER");
    }

    public Value jcfBusinessCoursePassed() {
        return optional("jcf_history", "business_course_passed", Boolean.FALSE);
    }

    /** The artisan's DAM classification; NOT_ARTISAN when {@code artisan} is null. */
    public Value artisanDamResult() {
        return optional("artisan", "dam_result", "NOT_ARTISAN");
    }

    public Value artisanCraft() {
        return optional("artisan", "craft", null);
    }

    /** The fiscal years with FONART support, each a fact: none when {@code artisan} is null, unknown when it or the list is absent. */
    public Many<Value> artisanFonartSupportYears() {
        JsonNode artisan = json().path("artisan");
        JsonNode years = artisan.path("fonart_support_years");
        if (artisan.isNull() || years.isArray()) {
            List<Value> each = new java.util.ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                each.add(Node.read(years.get(i), at("artisan/fonart_support_years/" + i)));
            }
            return Many.known(at("artisan/fonart_support_years"), each);
        }
        return Many.unknown(artisan.isMissingNode() ? at("artisan") : at("artisan/fonart_support_years"));
    }

    public Value artisanFonartSupportUseProven() {
        return optional("artisan", "fonart_support_use_proven", null);
    }

    public Value artisanOtherFederalSupportSameConcept() {
        return optional("artisan", "other_federal_support_same_concept", Boolean.FALSE);
    }

    /**
     * A field of an optional sub-record: unknown when the sub-record is absent, {@code none} when
     * it is null (the person simply has none), else the field itself.
     */
    private Value optional(String object, String field, Object none) {
        JsonNode sub = json().path(object);
        if (sub.isNull()) {
            return Value.derived(field, none, Value.raw(at(object), sub, none));
        }
        return sub.isMissingNode() ? Value.raw(at(object), sub, null) : read(object, field);
    }

    public Value curp() {
        return read("curp");
    }

    public Value firstSurname() {
        return read("first_surname");
    }

    public Value secondSurname() {
        return read("second_surname");
    }

    public Value givenNames() {
        return read("given_names");
    }

    public Value sex() {
        return read("sex");
    }

    public Value nationality() {
        return read("nationality");
    }

    public Value relationshipToHead() {
        return read("relationship_to_head");
    }

    public Value deceased() {
        return read("deceased");
    }

    public Value speaksIndigenousLanguage() {
        return read("speaks_indigenous_language");
    }

    public Value indigenousLanguage() {
        return read("indigenous_language");
    }

    public Value selfIdentifiesIndigenous() {
        return read("self_identifies_indigenous");
    }

    public Value selfIdentifiesAfromexican() {
        return read("self_identifies_afromexican");
    }

    public Value studying() {
        return read("studying");
    }

    public Value schoolLevelCurrent() {
        return read("school_level_current");
    }

    public Value educationCompleted() {
        return read("education_completed");
    }

    public Value employmentStatus() {
        return read("employment_status");
    }

    public Value socialSecurity() {
        return read("social_security");
    }

    public Value healthAccess() {
        return read("health_access");
    }

    public Value housingFund() {
        return read("housing_fund");
    }

    public Value receivesContributoryPension() {
        return read("receives_contributory_pension");
    }

    public Value inPamRegister2018() {
        return read("in_pam_register_2018");
    }

    public Value monthlyIncomeMxn() {
        return read("monthly_income_mxn");
    }

    public Value disability() {
        return read("disability");
    }

    public Value savingsOpeningDepositMxn() {
        return read("savings_opening_deposit_mxn");
    }

    public Value officialId() {
        return read("documents", "official_id");
    }

    public Value birthCertificate() {
        return read("documents", "birth_certificate");
    }

    public Value proofOfAddressAgeMonths() {
        return read("documents", "proof_of_address_age_months");
    }

    public Value cuisCompleted() {
        return read("documents", "cuis_completed");
    }
}
