package org.elige.facts;

import tools.jackson.databind.JsonNode;

/** One entry of {@code program_enrollments}: a member's participation in a program. */
public final class Enrollment extends Node {

    Enrollment(JsonNode json, String pointer) {
        super(json, pointer);
    }

    public Value program() {
        return read("program");
    }

    public Value status() {
        return read("status");
    }

    public Value since() {
        return readDate("since");
    }

    public Value cycle() {
        return read("cycle");
    }

    public Value cycleAmountMxn() {
        return read("cycle_amount_mxn");
    }

    public Value repaidOnTime() {
        return read("repaid_on_time");
    }
}
