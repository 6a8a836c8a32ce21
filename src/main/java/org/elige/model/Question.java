package org.elige.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One fact to ask for, in words: whom or what it is about, the question in both languages ("la
 * CURP de Rosa López Hernández (P2)"), the fact's label, the JSON Pointers it answers (several when
 * they are one question: the CURP and whether the person has one) and the open results it would
 * help decide.
 */
public record Question(About about, Text text, Text label, List<String> pointers, List<Settles> settles) {

    /**
     * Whom the fact is about.
     *
     * @param unit the member, parcel or group id; the household id for the household, its dwelling and locality
     * @param kind person, parcel, group, household, dwelling or locality
     * @param name a person's name as the caseworker typed it (title-cased when typed in capitals), or null
     */
    public record About(
            String unit,
            String kind,
            @JsonInclude(JsonInclude.Include.NON_NULL) String name) {}

    /** An UNDETERMINED result the fact is missing for: its program and its unit's id. */
    public record Settles(String program, String unit) {}
}
