package org.elige.model;

/**
 * The finding of one criterion. NOT_APPLICABLE is an alternative not taken or a requirement
 * waived: it neither passes nor blocks (programs.md, revision 2026-12-07 §3).
 */
public enum Status {
    PASSED,
    FAILED,
    UNKNOWN,
    NOT_APPLICABLE
}
