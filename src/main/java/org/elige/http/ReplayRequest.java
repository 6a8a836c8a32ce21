package org.elige.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.elige.input.Json;
import org.elige.model.InputError;
import org.elige.model.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /replay}: {@code decision_ids}, or a {@code from}/{@code to} range of
 * decision days; {@code rule_set} {@code own} (default) or {@code active}; {@code limit} (default
 * and most {@value #MAX}). Every problem is reported at once with its JSON Pointer.
 */
record ReplayRequest(List<String> ids, LocalDate from, LocalDate to, boolean active, int limit) {
    static final int MAX = 10_000;
    private static final Set<String> FIELDS = Set.of("decision_ids", "from", "to", "rule_set", "limit");

    static ReplayRequest read(Context ctx, byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? Json.READER.createObjectNode() : Json.READER.readTree(body);
        } catch (JacksonException e) {
            throw Decide.refused(
                            ctx,
                            List.of(new InputError(
                                    "",
                                    null,
                                    Messages.text(
                                            "input.not_json",
                                            e.getLocation() == null
                                                    ? 0
                                                    : e.getLocation().getLineNr(),
                                            e.getLocation() == null
                                                    ? 0
                                                    : e.getLocation().getColumnNr(),
                                            e.getOriginalMessage()
                                                    .lines()
                                                    .findFirst()
                                                    .orElse("")))))
                    .toException();
        }
        if (root == null || !root.isObject()) {
            throw Decide.refused(ctx, List.of(new InputError("", null, Messages.text("http.replay_body"))))
                    .toException();
        }
        List<InputError> errors = new ArrayList<>();
        root.properties().forEach(p -> {
            if (!FIELDS.contains(p.getKey())) {
                errors.add(
                        error("/" + p.getKey(), p.getValue(), "http.replay_unknown_field", String.join(", ", FIELDS)));
            }
        });
        List<String> ids = new ArrayList<>();
        JsonNode list = root.path("decision_ids");
        if (!list.isMissingNode() && !list.isArray()) {
            errors.add(error("/decision_ids", list, "http.replay_expect.ids"));
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isString()) {
                ids.add(list.get(i).stringValue());
            } else {
                errors.add(error("/decision_ids/" + i, list.get(i), "http.replay_expect.id"));
            }
        }
        LocalDate from = date(root, "from", errors);
        LocalDate to = date(root, "to", errors);
        String rules = root.path("rule_set").asString("own");
        if (!rules.equals("own") && !rules.equals("active")) {
            errors.add(error("/rule_set", root.get("rule_set"), "http.replay_expect.rule_set"));
        }
        JsonNode limit = root.path("limit");
        if (!limit.isMissingNode() && (!limit.canConvertToInt() || limit.asInt() < 1 || limit.asInt() > MAX)) {
            errors.add(error("/limit", limit, "http.replay_expect.limit", MAX));
        }
        if (!errors.isEmpty()) {
            throw Reply.problem(ctx, 400, "bad_replay", errors.size())
                    .withErrors(errors)
                    .toException();
        }
        return new ReplayRequest(ids, from, to, rules.equals("active"), limit.isMissingNode() ? MAX : limit.asInt());
    }

    private static LocalDate date(JsonNode root, String field, List<InputError> errors) {
        JsonNode v = root.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            errors.add(error("/" + field, v, "http.replay_expect.date"));
            return null;
        }
    }

    private static InputError error(String path, JsonNode value, String key, Object... args) {
        return new InputError(path, value, Messages.text(key, args));
    }
}
