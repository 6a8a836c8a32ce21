package org.elige.model;

/** The finding of one criterion. */
public enum Status {
    PASSED, FAILED, UNKNOWN
}
