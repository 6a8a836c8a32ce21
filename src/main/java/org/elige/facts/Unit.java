package org.elige.facts;

/** Something a program decides for: a person, a producer, a group, the household or its locality. */
public interface Unit {

    /** PERSON, PRODUCER, GROUP, HOUSEHOLD or LOCALITY. */
    String kind();

    /** The member id, group id, or household id. */
    String id();

    /** Where the unit is in the input record. */
    String pointer();

    Household household();
}
