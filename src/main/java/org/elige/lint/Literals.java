package org.elige.lint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/** What counts as a number or a date written into a rule. */
final class Literals {
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    static final Set<String> DATE_TYPES = Set.of("LocalDate", "YearMonth", "Year", "LocalDateTime", "Instant");

    private Literals() {}

    /** The value of a numeric token ({@code 18}, {@code 2.5d}, {@code 1_000L}, {@code 0x10}), or null. */
    static BigDecimal number(String text) {
        String t = text.replace("_", "");
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return new BigDecimal(new BigInteger(t.substring(2).replaceAll("[lL]$", ""), 16));
            }
            return new BigDecimal(t.replaceAll("[lLfFdD]$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDate(String content) {
        return DATE.matcher(content).matches();
    }

    static boolean isNumber(String content) {
        return NUMBER.matcher(content).matches();
    }
}
