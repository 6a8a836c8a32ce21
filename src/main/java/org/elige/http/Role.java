package org.elige.http;

import io.javalin.security.RouteRole;

/**
 * What a token may do. CASEWORKER evaluates households and reads decisions (of one household at a
 * time); AUDITOR reads every decision, replays and verifies the log; MANAGER reloads the rules.
 */
public enum Role implements RouteRole {
    CASEWORKER,
    AUDITOR,
    MANAGER
}
