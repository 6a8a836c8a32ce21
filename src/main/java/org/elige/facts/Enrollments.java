package org.elige.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A household's {@code program_enrollments}, read once when the household is built: each entry with
 * the member, program and status it names, as facts by pointer. Absent, null or not a list, it is
 * unknown (never "enrolled nowhere").
 */
final class Enrollments {
    private static final String AT = "/program_enrollments";

    /**
     * One entry of the list.
     *
     * @param member   its {@code member_id} as text (null when it has none)
     * @param own      whether its {@code member_id} is a string (an entry that can be a member's own)
     * @param breaks   whether it may be some member's but breaks the schema (not an object, or a member id of another type)
     * @param fact     the whole entry as a fact
     * @param unclear  the whole entry as a fact, unknown when it is null
     */
    private record Entry(
            String member,
            boolean own,
            boolean breaks,
            String program,
            String status,
            Value fact,
            Value unclear,
            Enrollment enrollment,
            int cycle,
            String since) {

        boolean in(String program, String... statuses) {
            return program.equals(this.program)
                    && (statuses.length == 0 || List.of(statuses).contains(status));
        }
    }

    /** Latest last: by cycle (none is 0), then by the text of {@code since}. */
    private static final Comparator<Entry> ORDER =
            Comparator.comparingInt(Entry::cycle).thenComparing(Entry::since);

    /** The entries, or null when the list is absent, null or not a list. */
    private final List<Entry> entries;
    /** The list as one fact: read when it decides "enrolled" for the whole household, or when it is unknown. */
    private final Value list;

    Enrollments(JsonNode root) {
        JsonNode node = root.path("program_enrollments");
        if (!node.isArray()) {
            this.entries = null;
            this.list = Node.read(node, AT);
            return;
        }
        this.list = Value.raw(AT, node, node);
        List<Entry> all = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            JsonNode member = e.path("member_id");
            String pointer = AT + "/" + i;
            Value fact = Value.raw(pointer, e, e);
            all.add(new Entry(
                    member.asString(null),
                    member.isString(),
                    !e.isObject() || !member.isMissingNode() && !member.isNull() && !member.isString(),
                    e.path("program").asString(""),
                    e.path("status").asString(""),
                    fact,
                    e.isNull() ? Value.raw(pointer, e, null) : fact,
                    new Enrollment(e, pointer),
                    e.path("cycle").asInt(0),
                    e.path("since").asString("")));
        }
        this.entries = List.copyOf(all);
    }

    /** The list as one fact (unknown when absent). */
    Value list() {
        return list;
    }

    /**
     * Whether the member (or, with a null member, anyone in the household) is enrolled in the
     * program with one of the given statuses (any status when none are given). Unknown when the
     * enrollments list is absent.
     */
    Value enrolled(String memberId, String program, String... statuses) {
        if (entries == null) {
            return Value.derived("enrolled_" + program, null, list);
        }
        if (memberId != null) {
            return memberEnrolled(memberId, program, statuses);
        }
        for (Entry e : entries) {
            if (e.in(program, statuses)) {
                return Value.derived("enrolled_" + program, Boolean.TRUE, list);
            }
        }
        return Value.derived("enrolled_" + program, Boolean.FALSE, list);
    }

    /**
     * Whether a member is enrolled, read from that member's own enrollments only (each a fact, by
     * its pointer; "member_enrollments" 0 when there are none) and the first entry that may be theirs
     * but breaks the schema, so what every member's criteria show grows with that member's
     * enrollments, not with the whole list.
     */
    private Value memberEnrolled(String memberId, String program, String... statuses) {
        List<Value> own = new ArrayList<>();
        boolean found = false;
        boolean unclear = false;
        for (Entry e : entries) {
            if (memberId.equals(e.member()) && e.own()) {
                own.add(e.fact());
                found |= e.in(program, statuses);
            } else if (!unclear && e.breaks()) {
                // An entry that may be this member's but breaks the schema: read (so the result is a
                // DATA_ERROR); the first one is enough to say so.
                own.add(e.unclear());
                unclear = true;
            }
        }
        if (own.isEmpty()) {
            own.add(Value.derived("member_enrollments", BigDecimal.ZERO));
        }
        return Value.derived("enrolled_" + program, found, own);
    }

    /** The member's enrollments in a program, latest (cycle, then since) last; null when the list is absent. */
    List<Enrollment> of(String memberId, String program) {
        if (entries == null) {
            return null;
        }
        return entries.stream()
                .filter(e -> memberId.equals(e.member()) && program.equals(e.program()))
                .sorted(ORDER)
                .map(Entry::enrollment)
                .toList();
    }
}
