package org.elige.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.elige.model.Messages;
import org.elige.model.Text;

/**
 * Checks a CURP (Clave Única de Registro de Población): its format position by position, its
 * check digit, and its agreement with the person's recorded birth date and sex. Every problem is
 * reported at once, each with a sentence in Spanish and English naming the bad value and what was
 * expected (message keys {@code curp.*}).
 */
public final class Curp {

    /** One problem with a CURP; warning=true for soft problems (sex X) that do not invalidate the person. */
    public record Problem(String code, Text message, boolean warning) {}

    /** Characters in the order that gives each its check-digit value. */
    static final String DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    static final int LENGTH = 18;

    private static final String LETTERS = DICT.substring(10);
    private static final String VOWELS = "AEIOU";
    private static final Set<String> STATES = Set.of(
            "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS", "NT",
            "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE");

    private Curp() {}

    /**
     * All problems of this CURP for a person with that birth date and sex (either may be null =
     * unknown: then that agreement check is skipped). Empty list = valid. A wrong length is reported
     * alone, since the other positions are then meaningless; lower case is reported and the rest is
     * checked on the upper-cased value.
     *
     * @param curp the CURP as recorded; must not be null (an unknown CURP has nothing to check)
     */
    public static List<Problem> check(String curp, LocalDate birthDate, String sex) {
        Objects.requireNonNull(curp, "curp");
        List<Problem> problems = new ArrayList<>();
        if (curp.length() != LENGTH) {
            problems.add(error("CURP_LENGTH", org.elige.model.Shown.text(curp), curp.length()));
            return problems;
        }
        String c = upperCase(curp);
        if (!c.equals(curp)) {
            problems.add(error("CURP_LOWERCASE", curp, c));
        }
        checkPositions(c, problems);
        checkCheckDigit(c, problems);
        checkBirthDateAgreement(c, birthDate, problems);
        checkSexAgreement(c, sex, problems);
        return problems;
    }

    /** The check digit (position 18) of the first 17 characters of a CURP, which must all be in {@link #DICT}. */
    public static char checkDigit(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = DICT.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a CURP character: " + first17.charAt(i));
            }
            sum += value * (LENGTH - i);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Positions 1–17: initials, birth date, sex, state, consonants, homonym differentiator. */
    private static void checkPositions(String c, List<Problem> problems) {
        if (!allIn(c.substring(0, 4), LETTERS)) {
            problems.add(error("CURP_INITIALS", c.substring(0, 4)));
        }
        if (!isRealDate(c)) {
            problems.add(error("CURP_DATE", c.substring(4, 10)));
        }
        checkSexPosition(c.charAt(10), c, problems);
        if (!STATES.contains(c.substring(11, 13))) {
            problems.add(error("CURP_STATE", c.substring(11, 13)));
        }
        if (!allIn(c.substring(13, 16), LETTERS) || !noneIn(c.substring(13, 16), VOWELS)) {
            problems.add(error("CURP_CONSONANTS", c.substring(13, 16)));
        }
        if (century(c.charAt(16)) == null) {
            problems.add(error("CURP_DIFFERENTIATOR", String.valueOf(c.charAt(16))));
        }
    }

    /** Position 11: H or M; X is accepted with a warning. */
    private static void checkSexPosition(char s, String c, List<Problem> problems) {
        if (s == 'X') {
            problems.add(problem("CURP_SEX_X", true, c));
        } else if (s != 'H' && s != 'M') {
            problems.add(error("CURP_SEX", String.valueOf(s)));
        }
    }

    /** Position 18 against the digit computed from positions 1–17 (when those are all valid characters). */
    private static void checkCheckDigit(String c, List<Problem> problems) {
        String first17 = c.substring(0, LENGTH - 1);
        String actual = c.substring(LENGTH - 1);
        if (allIn(first17, DICT)) {
            String expected = String.valueOf(checkDigit(first17));
            if (!expected.equals(actual)) {
                problems.add(error("CURP_CHECK_DIGIT", actual, expected));
            }
        } else if (!isDigit(actual.charAt(0))) {
            problems.add(error("CURP_CHECK_DIGIT_FORMAT", actual));
        }
    }

    /** The CURP's birth date must equal the record's, when both are known. */
    private static void checkBirthDateAgreement(String c, LocalDate birthDate, List<Problem> problems) {
        Integer century = century(c.charAt(16));
        LocalDate curpDate = century == null ? null : date(c, century);
        if (birthDate != null && curpDate != null && !curpDate.equals(birthDate)) {
            problems.add(error("CURP_BIRTH_DATE_MISMATCH", curpDate.toString(), birthDate.toString()));
        }
    }

    /** The CURP's sex H or M must equal the record's, when known (a CURP with X only gets its warning). */
    private static void checkSexAgreement(String c, String sex, List<Problem> problems) {
        String curpSex = String.valueOf(c.charAt(10));
        boolean comparable = curpSex.equals("H") || curpSex.equals("M");
        if (sex != null && comparable && !curpSex.equals(sex)) {
            problems.add(error("CURP_SEX_MISMATCH", curpSex, sex));
        }
    }

    /** Positions 5–10 are a real date in the century of position 17 (in either century if that is unreadable). */
    private static boolean isRealDate(String c) {
        Integer century = century(c.charAt(16));
        if (century != null) {
            return date(c, century) != null;
        }
        return date(c, 1900) != null || date(c, 2000) != null;
    }

    /** The date YYMMDD of positions 5–10 in that century, or null if it is not a real date. */
    private static LocalDate date(String c, int century) {
        String yymmdd = c.substring(4, 10);
        if (!allIn(yymmdd, "0123456789")) {
            return null;
        }
        try {
            return LocalDate.of(
                    century + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Position 17: a digit means born before 2000 (1900), a letter from 2000 (2000); anything else null. */
    private static Integer century(char differentiator) {
        if (isDigit(differentiator)) {
            return 1900;
        }
        return LETTERS.indexOf(differentiator) >= 0 ? 2000 : null;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean allIn(String s, String allowed) {
        return s.chars().allMatch(ch -> allowed.indexOf(ch) >= 0);
    }

    private static boolean noneIn(String s, String forbidden) {
        return s.chars().noneMatch(ch -> forbidden.indexOf(ch) >= 0);
    }

    /** Upper case character by character, so that the length never changes. */
    private static String upperCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(ch -> b.append(Character.toUpperCase((char) ch)));
        return b.toString();
    }

    private static Problem error(String code, Object... args) {
        return problem(code, false, args);
    }

    /** A problem whose message key is {@code curp.} + the code without its {@code CURP_} prefix, in lower case. */
    private static Problem problem(String code, boolean warning, Object... args) {
        String key = "curp." + code.substring("CURP_".length()).toLowerCase(Locale.ROOT);
        return new Problem(code, Messages.text(key, args), warning);
    }
}
