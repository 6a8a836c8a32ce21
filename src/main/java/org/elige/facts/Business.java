package org.elige.facts;

import tools.jackson.databind.JsonNode;

/** One entry of {@code businesses}: a business owned by a member. */
public final class Business extends Node {

    Business(JsonNode json, String pointer) {
        super(json, pointer);
    }

    public Value ownerMemberId() {
        return read("owner_member_id");
    }

    public Value sector() {
        return read("sector");
    }

    public Value activity() {
        return read("activity");
    }

    public Value monthsOperating() {
        return read("months_operating");
    }
}
