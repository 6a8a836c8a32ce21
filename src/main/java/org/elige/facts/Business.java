package org.elige.facts;

import tools.jackson.databind.JsonNode;

/** One entry of {@code businesses}: a business owned by a member. */
public final class Business extends Node {
    private static final Layout FIELDS = new Layout("/businesses/*");
    private static final int OWNER_MEMBER_ID = FIELDS.field("owner_member_id");
    private static final int SECTOR = FIELDS.field("sector");
    private static final int ACTIVITY = FIELDS.field("activity");
    private static final int MONTHS_OPERATING = FIELDS.field("months_operating");

    Business(JsonNode json, String pointer) {
        super(json, pointer, FIELDS);
    }

    public Value ownerMemberId() {
        return fact(OWNER_MEMBER_ID);
    }

    public Value sector() {
        return fact(SECTOR);
    }

    public Value activity() {
        return fact(ACTIVITY);
    }

    public Value monthsOperating() {
        return fact(MONTHS_OPERATING);
    }
}
