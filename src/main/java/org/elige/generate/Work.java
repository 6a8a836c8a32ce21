package org.elige.generate;

import tools.jackson.databind.node.ObjectNode;

/** What a member does (study, work, social security) and the documents they hold. */
final class Work {

    private Work() {}

    static void activity(Dice r, ObjectNode m, int age) {
        boolean studying = age >= 3 && age <= 24 && r.chance(age <= 15 ? 0.9 : 0.35);
        m.put("studying", studying);
        if (studying) {
            m.put(
                    "school_level_current",
                    age <= 5
                            ? "PREESCOLAR"
                            : age <= 11
                                    ? "PRIMARIA"
                                    : age <= 14 ? "SECUNDARIA" : age <= 17 ? "MEDIA_SUPERIOR" : "SUPERIOR");
        }
        m.put(
                "education_completed",
                age < 12 ? "NONE" : r.pick("NONE", "PRIMARIA", "PRIMARIA", "SECUNDARIA", "MEDIA_SUPERIOR", "SUPERIOR"));
        String work = age < 15
                ? "NOT_IN_LABOR_FORCE"
                : r.pick(
                        "EMPLOYED_FORMAL",
                        "EMPLOYED_INFORMAL",
                        "SELF_EMPLOYED_AGRI",
                        "SELF_EMPLOYED_NONAGRI",
                        "UNEMPLOYED",
                        "NOT_IN_LABOR_FORCE");
        m.put("employment_status", work);
        m.put("social_security", "EMPLOYED_FORMAL".equals(work) ? r.pick("IMSS", "ISSSTE", "PEMEX", "ISSFAM") : "NONE");
        m.put("health_access", r.pick("IMSS", "ISSSTE", "IMSS_BIENESTAR", "IMSS_BIENESTAR", "NONE", "PRIVATE"));
        m.put("housing_fund", "EMPLOYED_FORMAL".equals(work) ? r.pick("INFONAVIT", "FOVISSSTE", "NONE") : "NONE");
        m.put("receives_contributory_pension", age >= 60 && r.chance(0.2));
        m.put("in_pam_register_2018", age >= 65 && r.chance(0.3));
        m.put("monthly_income_mxn", age < 15 ? 0 : r.between(0, 12000));
        m.put("disability", r.chance(0.05));
        if (age >= 18 && age <= 35 && r.chance(0.3)) {
            ObjectNode j = m.putObject("jcf_history");
            j.put("status", r.pick("ACTIVE", "COMPLETED", "DROPPED"));
            j.put("payments_received", r.between(0, 12));
            j.put("business_course_passed", r.chance(0.4));
        } else {
            m.putNull("jcf_history");
        }
        if (age >= 18 && r.chance(0.06)) {
            ObjectNode a = m.putObject("artisan");
            a.put("craft", r.pick("textiles", "barro", "madera", "palma"));
            a.put("dam_result", r.pick("ARTESANIA", "ARTESANIA", "MANUALIDAD", "NOT_EVALUATED"));
            a.putArray("fonart_support_years").add(r.date().getYear() - r.between(1, 4));
            a.put("fonart_support_use_proven", r.chance(0.7));
            a.put("other_federal_support_same_concept", r.chance(0.1));
        } else {
            m.putNull("artisan");
        }
        m.put("savings_opening_deposit_mxn", r.chance(0.5) ? r.pickInt(0, 49, 50, 100, 500) : null);
    }

    static void documents(Dice r, ObjectNode m, int age) {
        ObjectNode d = m.putObject("documents");
        d.put("official_id", age < 18 ? "NONE" : r.pick("INE", "INE", "INE", "PASAPORTE", "INAPAM", "NONE"));
        d.put("birth_certificate", r.chance(0.95));
        d.put("proof_of_address_age_months", r.pickInt(1, 2, 3, 3, 4, 6));
        d.put("cuis_completed", r.chance(0.4));
    }
}
