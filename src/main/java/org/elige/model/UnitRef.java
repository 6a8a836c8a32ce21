package org.elige.model;

/** Which unit a result is for: kind (PERSON, PRODUCER, GROUP, HOUSEHOLD, LOCALITY) and id. */
public record UnitRef(String kind, String id) {}
