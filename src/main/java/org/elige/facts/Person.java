package org.elige.facts;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A member of the household: the unit of person programs. Every accessor may be unknown. */
public final class Person extends Node implements Unit {
    private static final Layout FIELDS = new Layout("/members/*");
    private static final int BIRTH_DATE = FIELDS.date("birth_date");
    private static final int DEATH_DATE = FIELDS.date("death_date");
    private static final int CURP = FIELDS.field("curp");
    private static final int FIRST_SURNAME = FIELDS.field("first_surname");
    private static final int SECOND_SURNAME = FIELDS.field("second_surname");
    private static final int GIVEN_NAMES = FIELDS.field("given_names");
    private static final int SEX = FIELDS.field("sex");
    private static final int NATIONALITY = FIELDS.field("nationality");
    private static final int RELATIONSHIP_TO_HEAD = FIELDS.field("relationship_to_head");
    private static final int DECEASED = FIELDS.field("deceased");
    private static final int SPEAKS_INDIGENOUS_LANGUAGE = FIELDS.field("speaks_indigenous_language");
    private static final int INDIGENOUS_LANGUAGE = FIELDS.field("indigenous_language");
    private static final int SELF_IDENTIFIES_INDIGENOUS = FIELDS.field("self_identifies_indigenous");
    private static final int SELF_IDENTIFIES_AFROMEXICAN = FIELDS.field("self_identifies_afromexican");
    private static final int STUDYING = FIELDS.field("studying");
    private static final int SCHOOL_LEVEL_CURRENT = FIELDS.field("school_level_current");
    private static final int EDUCATION_COMPLETED = FIELDS.field("education_completed");
    private static final int EMPLOYMENT_STATUS = FIELDS.field("employment_status");
    private static final int SOCIAL_SECURITY = FIELDS.field("social_security");
    private static final int HEALTH_ACCESS = FIELDS.field("health_access");
    private static final int HOUSING_FUND = FIELDS.field("housing_fund");
    private static final int RECEIVES_CONTRIBUTORY_PENSION = FIELDS.field("receives_contributory_pension");
    private static final int IN_PAM_REGISTER_2018 = FIELDS.field("in_pam_register_2018");
    private static final int MONTHLY_INCOME_MXN = FIELDS.field("monthly_income_mxn");
    private static final int DISABILITY = FIELDS.field("disability");
    private static final int SAVINGS_OPENING_DEPOSIT_MXN = FIELDS.field("savings_opening_deposit_mxn");
    private static final int OFFICIAL_ID = FIELDS.field("documents/official_id");
    private static final int BIRTH_CERTIFICATE = FIELDS.field("documents/birth_certificate");
    private static final int PROOF_OF_ADDRESS_AGE_MONTHS = FIELDS.field("documents/proof_of_address_age_months");
    private static final int CUIS_COMPLETED = FIELDS.field("documents/cuis_completed");
    private static final int RESIDES_ABROAD = FIELDS.field("resides_abroad");
    private static final int HAS_CURP = FIELDS.field("documents/has_curp");
    private static final int JCF_STATUS = FIELDS.field("jcf_history/status");
    private static final int JCF_BUSINESS_COURSE_PASSED = FIELDS.field("jcf_history/business_course_passed");
    private static final int ARTISAN_DAM_RESULT = FIELDS.field("artisan/dam_result");
    private static final int ARTISAN_CRAFT = FIELDS.field("artisan/craft");
    private static final int ARTISAN_FONART_SUPPORT_USE_PROVEN = FIELDS.field("artisan/fonart_support_use_proven");
    private static final int ARTISAN_OTHER_FEDERAL_SUPPORT_SAME_CONCEPT =
            FIELDS.field("artisan/other_federal_support_same_concept");

    private final Household household;
    private final String id;
    /** Whether the record gives {@code resides_abroad} at all (absent means not abroad). */
    private final boolean residenceRecorded;

    private final Value age;
    private final Value jcfStatus;
    private final Value jcfBusinessCoursePassed;
    private final Value artisanDamResult;
    private final Value artisanCraft;
    private final Value artisanFonartSupportUseProven;
    private final Value artisanOtherFederalSupportSameConcept;
    private final Many<Value> artisanFonartSupportYears;

    /** Binds the member's facts; the household's evaluation date and locality must be set already. */
    Person(Household household, JsonNode json, String pointer) {
        super(json, pointer, FIELDS);
        this.household = household;
        this.id = json.path("member_id").asString("");
        this.residenceRecorded = json.has("resides_abroad");
        Value birth = birthDate();
        this.age = Value.derived("age", years(birth, household.evaluationDate()), birth);
        this.jcfStatus = optional(json, "jcf_history", "status", JCF_STATUS, "NEVER");
        this.jcfBusinessCoursePassed =
                optional(json, "jcf_history", "business_course_passed", JCF_BUSINESS_COURSE_PASSED, Boolean.FALSE);
        this.artisanDamResult = optional(json, "artisan", "dam_result", ARTISAN_DAM_RESULT, "NOT_ARTISAN");
        this.artisanCraft = optional(json, "artisan", "craft", ARTISAN_CRAFT, null);
        this.artisanFonartSupportUseProven =
                optional(json, "artisan", "fonart_support_use_proven", ARTISAN_FONART_SUPPORT_USE_PROVEN, null);
        this.artisanOtherFederalSupportSameConcept = optional(
                json,
                "artisan",
                "other_federal_support_same_concept",
                ARTISAN_OTHER_FEDERAL_SUPPORT_SAME_CONCEPT,
                Boolean.FALSE);
        this.artisanFonartSupportYears = fonartSupportYears(json);
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
        return age;
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
        Value abroad = fact(RESIDES_ABROAD);
        Value state = household.locality().cveEnt();
        boolean recorded = residenceRecorded;
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
        Value declared = fact(HAS_CURP);
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
            return Value.derived("next_cycle", null, household.enrollmentList());
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
        return fact(BIRTH_DATE);
    }

    public Value deathDate() {
        return fact(DEATH_DATE);
    }

    /** Status in Jóvenes Construyendo el Futuro: NEVER when {@code jcf_history} is null. */
    public Value jcfStatus() {
        return jcfStatus;
    }

    public Value jcfBusinessCoursePassed() {
        return jcfBusinessCoursePassed;
    }

    /** The artisan's DAM classification; NOT_ARTISAN when {@code artisan} is null. */
    public Value artisanDamResult() {
        return artisanDamResult;
    }

    public Value artisanCraft() {
        return artisanCraft;
    }

    /** The fiscal years with FONART support, each a fact: none when {@code artisan} is null, unknown when it or the list is absent. */
    public Many<Value> artisanFonartSupportYears() {
        return artisanFonartSupportYears;
    }

    private Many<Value> fonartSupportYears(JsonNode json) {
        JsonNode artisan = json.path("artisan");
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
        return artisanFonartSupportUseProven;
    }

    public Value artisanOtherFederalSupportSameConcept() {
        return artisanOtherFederalSupportSameConcept;
    }

    /**
     * A field of an optional sub-record: unknown when the sub-record is absent, {@code none} when
     * it is null (the person simply has none), else the field itself (bound at {@code index}).
     */
    private Value optional(JsonNode json, String object, String field, int index, Object none) {
        JsonNode sub = json.path(object);
        if (sub.isNull()) {
            return Value.derived(field, none, Value.raw(at(object), sub, none));
        }
        return sub.isMissingNode() ? Value.raw(at(object), sub, null) : fact(index);
    }

    public Value curp() {
        return fact(CURP);
    }

    public Value firstSurname() {
        return fact(FIRST_SURNAME);
    }

    public Value secondSurname() {
        return fact(SECOND_SURNAME);
    }

    public Value givenNames() {
        return fact(GIVEN_NAMES);
    }

    public Value sex() {
        return fact(SEX);
    }

    public Value nationality() {
        return fact(NATIONALITY);
    }

    public Value relationshipToHead() {
        return fact(RELATIONSHIP_TO_HEAD);
    }

    public Value deceased() {
        return fact(DECEASED);
    }

    public Value speaksIndigenousLanguage() {
        return fact(SPEAKS_INDIGENOUS_LANGUAGE);
    }

    public Value indigenousLanguage() {
        return fact(INDIGENOUS_LANGUAGE);
    }

    public Value selfIdentifiesIndigenous() {
        return fact(SELF_IDENTIFIES_INDIGENOUS);
    }

    public Value selfIdentifiesAfromexican() {
        return fact(SELF_IDENTIFIES_AFROMEXICAN);
    }

    public Value studying() {
        return fact(STUDYING);
    }

    public Value schoolLevelCurrent() {
        return fact(SCHOOL_LEVEL_CURRENT);
    }

    public Value educationCompleted() {
        return fact(EDUCATION_COMPLETED);
    }

    public Value employmentStatus() {
        return fact(EMPLOYMENT_STATUS);
    }

    public Value socialSecurity() {
        return fact(SOCIAL_SECURITY);
    }

    public Value healthAccess() {
        return fact(HEALTH_ACCESS);
    }

    public Value housingFund() {
        return fact(HOUSING_FUND);
    }

    public Value receivesContributoryPension() {
        return fact(RECEIVES_CONTRIBUTORY_PENSION);
    }

    public Value inPamRegister2018() {
        return fact(IN_PAM_REGISTER_2018);
    }

    public Value monthlyIncomeMxn() {
        return fact(MONTHLY_INCOME_MXN);
    }

    public Value disability() {
        return fact(DISABILITY);
    }

    public Value savingsOpeningDepositMxn() {
        return fact(SAVINGS_OPENING_DEPOSIT_MXN);
    }

    public Value officialId() {
        return fact(OFFICIAL_ID);
    }

    public Value birthCertificate() {
        return fact(BIRTH_CERTIFICATE);
    }

    public Value proofOfAddressAgeMonths() {
        return fact(PROOF_OF_ADDRESS_AGE_MONTHS);
    }

    public Value cuisCompleted() {
        return fact(CUIS_COMPLETED);
    }
}
