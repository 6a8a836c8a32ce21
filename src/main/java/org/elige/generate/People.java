package org.elige.generate;

import java.time.LocalDate;
import java.util.List;
import org.elige.input.Curp;
import org.elige.input.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Members (with valid CURPs, and a few invalid ones) and their enrollments. */
final class People {
    private static final String[] SURNAMES = {
        "HERNANDEZ",
        "GARCIA",
        "MARTINEZ",
        "LOPEZ",
        "GONZALEZ",
        "PEREZ",
        "RODRIGUEZ",
        "SANCHEZ",
        "RAMIREZ",
        "CRUZ",
        "GOMEZ",
        "SANTIAGO",
        "MENDOZA",
        "VASQUEZ",
        "JIMENEZ",
        "RUIZ",
        "DIAZ",
        "MORALES"
    };
    private static final String[] WOMEN = {
        "MARIA", "GUADALUPE", "ROSA", "JUANA", "ELENA", "MARGARITA", "VERONICA", "ADRIANA"
    };
    private static final String[] MEN = {"JOSE", "JUAN", "MIGUEL", "PEDRO", "FRANCISCO", "ANTONIO", "JESUS", "ALEJANDRO"
    };
    private static final String[] STATE_CODES = {
        "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS", "NT",
        "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS"
    };
    private static final double INVALID_CURP = 0.01;

    private People() {}

    static ArrayNode members(Dice r, String state) {
        ArrayNode list = Json.WRITER.createArrayNode();
        String surname = r.pick(SURNAMES);
        boolean headIsWoman = r.chance(0.35);
        int headAge = r.age(18, 90);
        list.add(member(r, "P1", "HEAD", headIsWoman, headAge, surname, state));
        if (r.chance(0.7)) {
            list.add(member(
                    r,
                    "P2",
                    "SPOUSE",
                    !headIsWoman,
                    Math.max(18, headAge + r.between(-8, 5)),
                    r.pick(SURNAMES),
                    state));
        }
        int children = r.between(0, 4);
        for (int c = 0; c < children; c++) {
            int age = Math.max(0, Math.min(headAge - 16, r.age(0, 32)));
            list.add(member(r, "P" + (list.size() + 1), "CHILD", r.chance(0.5), age, surname, state));
        }
        if (r.chance(0.1)) {
            list.add(member(
                    r,
                    "P" + (list.size() + 1),
                    "PARENT",
                    r.chance(0.6),
                    Math.min(100, headAge + r.between(18, 30)),
                    r.pick(SURNAMES),
                    state));
        }
        return list;
    }

    private static ObjectNode member(
            Dice r, String id, String relation, boolean woman, int age, String surname, String state) {
        ObjectNode m = Json.WRITER.createObjectNode();
        LocalDate birth = r.bornAged(age);
        String second = r.pick(SURNAMES);
        String given = woman ? r.pick(WOMEN) : r.pick(MEN);
        m.put("member_id", id);
        if (r.chance(0.85)) {
            m.put("curp", curp(r, surname, second, given, birth, woman, state));
        }
        m.put("first_surname", surname);
        m.put("second_surname", second);
        m.put("given_names", given);
        m.put("birth_date", birth.toString());
        m.put("sex", woman ? "M" : "H");
        m.put("nationality", r.chance(0.97) ? "MX_BIRTH" : r.pick("MX_NATURALIZED", "FOREIGN_RESIDENT"));
        m.put("relationship_to_head", relation);
        boolean dead = "HEAD".equals(relation) && r.chance(0.02);
        m.put("deceased", dead);
        if (dead) {
            m.put("death_date", r.date().minusDays(r.between(30, 2000)).toString());
        }
        boolean indigenous = r.chance(0.3);
        m.put("speaks_indigenous_language", indigenous);
        m.put("self_identifies_indigenous", indigenous || r.chance(0.1));
        m.put("self_identifies_afromexican", r.chance(0.02));
        Work.activity(r, m, age);
        Work.documents(r, m, age);
        return m;
    }

    /** A CURP that agrees with the person's facts; about one in a hundred has a wrong check digit. */
    static String curp(
            Dice r, String surname, String second, String given, LocalDate birth, boolean woman, String state) {
        String first17 = surname.charAt(0)
                + vowel(surname)
                + second.charAt(0)
                + given.charAt(0)
                + String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
                + (woman ? "M" : "H")
                + STATE_CODES[Integer.parseInt(state) - 1]
                + consonant(surname)
                + consonant(second)
                + consonant(given)
                + (birth.getYear() < 2000 ? String.valueOf(r.between(0, 9)) : r.pick("A", "B", "C"));
        char digit = Curp.checkDigit(first17);
        if (r.chance(INVALID_CURP)) {
            digit = (char) ('0' + (digit - '0' + 1) % 10);
        }
        return first17 + digit;
    }

    private static String vowel(String s) {
        for (int i = 1; i < s.length(); i++) {
            if ("AEIOU".indexOf(s.charAt(i)) >= 0) {
                return String.valueOf(s.charAt(i));
            }
        }
        return "X";
    }

    private static String consonant(String s) {
        for (int i = 1; i < s.length(); i++) {
            if ("AEIOU".indexOf(s.charAt(i)) < 0 && Character.isLetter(s.charAt(i))) {
                return String.valueOf(s.charAt(i));
            }
        }
        return "X";
    }

    /** Enrollments in the rule set's programs (and, rarely, other enrollments), with credit cycles and statuses of every kind. */
    static ArrayNode enrollments(Dice r, ArrayNode members, List<String> programs, List<String> others) {
        ArrayNode list = Json.WRITER.createArrayNode();
        if (programs.isEmpty()) {
            return list;
        }
        for (JsonNode m : members) {
            int n = r.chance(0.6) ? 0 : r.between(1, 2);
            for (int i = 0; i < n; i++) {
                ObjectNode e = list.addObject();
                e.put("member_id", m.path("member_id").asString());
                boolean other = r.chance(0.03) && !others.isEmpty();
                e.put(
                        "program",
                        other
                                ? others.get(r.between(0, others.size() - 1))
                                : programs.get(r.between(0, programs.size() - 1)));
                String status = r.pick("ACTIVE", "ACTIVE", "COMPLETED", "DROPPED", "REPAID", "DEFAULTED");
                e.put("status", status);
                e.put("since", r.date().minusDays(r.between(30, 2500)).toString());
                if ("REPAID".equals(status) || "DEFAULTED".equals(status)) {
                    e.put("cycle", r.between(1, 4));
                    e.put("cycle_amount_mxn", r.pickInt(6000, 10000, 15000, 20000));
                    e.put("repaid_on_time", "REPAID".equals(status) && r.chance(0.8));
                }
            }
        }
        return list;
    }
}
