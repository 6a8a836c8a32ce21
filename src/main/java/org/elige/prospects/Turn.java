package org.elige.prospects;

import java.time.LocalDate;

/**
 * Something the rules read that changes on a date: a birthday crossing into a new age, a parameter
 * value that starts or ends, a rule version or a program's period that starts.
 *
 * @param key   the birth date's pointer, the parameter's key, or the program's id
 * @param value the age reached, or the parameter's new value (null when it ends)
 */
record Turn(LocalDate date, Kind kind, String key, Object value) {

    enum Kind {
        BIRTHDAY,
        PARAMETER,
        RULES,
        PERIOD
    }
}
