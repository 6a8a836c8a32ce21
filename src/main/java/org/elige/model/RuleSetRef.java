package org.elige.model;

/** The rule set that made a decision: content hash, label and engine. */
public record RuleSetRef(String id, String label, String engine) {}
