package org.elige.facts;

import tools.jackson.databind.JsonNode;

/** One entry of {@code program_enrollments}: a member's participation in a program. */
public final class Enrollment extends Node {
    private static final Layout FIELDS = new Layout("/program_enrollments/*");
    private static final int PROGRAM = FIELDS.field("program");
    private static final int STATUS = FIELDS.field("status");
    private static final int SINCE = FIELDS.date("since");
    private static final int CYCLE = FIELDS.field("cycle");
    private static final int CYCLE_AMOUNT_MXN = FIELDS.field("cycle_amount_mxn");
    private static final int REPAID_ON_TIME = FIELDS.field("repaid_on_time");

    Enrollment(JsonNode json, String pointer) {
        super(json, pointer, FIELDS);
    }

    public Value program() {
        return fact(PROGRAM);
    }

    public Value status() {
        return fact(STATUS);
    }

    public Value since() {
        return fact(SINCE);
    }

    public Value cycle() {
        return fact(CYCLE);
    }

    public Value cycleAmountMxn() {
        return fact(CYCLE_AMOUNT_MXN);
    }

    public Value repaidOnTime() {
        return fact(REPAID_ON_TIME);
    }
}
