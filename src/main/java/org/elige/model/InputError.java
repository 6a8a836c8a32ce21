package org.elige.model;

/** A problem with the input record: where (JSON Pointer), the bad value, and what was expected. */
public record InputError(String path, Object value, Text message) {}
