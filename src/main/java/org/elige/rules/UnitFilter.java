package org.elige.rules;

import java.util.List;

/**
 * Which units of its kind a program decides for, from {@code units:} in {@code program.yaml}: only
 * members with one of these relationships to the head, only in households where some member has an
 * enrollment in one of these programs. An empty list does not filter.
 */
public record UnitFilter(List<String> relationshipToHead, List<String> householdEnrolledIn) {}
