package org.elige.fuzz;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One change to a record. Targets are indices taken modulo what the record has, so any int is valid. */
sealed interface Edit {

    void apply(Draft d);

    /** Which values a {@link Replace} may hit. */
    enum Target {
        ANY,
        NUMBER,
        STRING,
        CONTAINER;

        boolean admits(JsonNode n) {
            return switch (this) {
                case ANY -> true;
                case NUMBER -> n.isNumber();
                case STRING -> n.isString();
                case CONTAINER -> n.isContainer();
            };
        }
    }

    /** One value of the record (of the target's kind, else any) becomes {@code value}. */
    record Replace(Target target, int at, Raw value) implements Edit {
        @Override
        public void apply(Draft d) {
            List<Draft.Location> all = d.locations();
            List<Draft.Location> kind =
                    all.stream().filter(l -> target.admits(l.get())).toList();
            List<Draft.Location> from = kind.isEmpty() ? all : kind;
            if (from.isEmpty()) {
                d.root.set("household_id", d.raw(value));
                return;
            }
            from.get(Math.floorMod(at, from.size())).set(d.raw(value));
        }

        @Override
        public String toString() {
            return "Replace(" + target + " #" + at + " with " + value + ")";
        }
    }

    /** A key of one object appears a second time, with {@code value}. */
    record DuplicateKey(int at, int key, Raw value) implements Edit {
        @Override
        public void apply(Draft d) {
            List<ObjectNode> objects = d.objects();
            ObjectNode o = objects.get(Math.floorMod(at, objects.size()));
            List<String> names = List.copyOf(o.propertyNames());
            String name = names.isEmpty() ? "household_id" : names.get(Math.floorMod(key, names.size()));
            o.set(d.key(name), d.raw(value));
        }

        @Override
        public String toString() {
            return "DuplicateKey(object #" + at + ", key #" + key + " again as " + value + ")";
        }
    }

    /**
     * The field at {@code pointer} (a schema field, perhaps absent from the fixture) becomes
     * {@code value}; the objects and first list items on the way are made when missing.
     */
    record Put(String pointer, Raw value) implements Edit {
        @Override
        public void apply(Draft d) {
            String[] segments = pointer.substring(1).split("/");
            JsonNode node = d.root;
            for (int i = 0; i < segments.length - 1; i++) {
                String seg = segments[i];
                boolean nextIsIndex = segments[i + 1].matches("\\d+");
                JsonNode next = node.isArray() ? node.get(0) : node.get(seg);
                if (nextIsIndex ? !(next instanceof ArrayNode) : !(next instanceof ObjectNode)) {
                    next = nextIsIndex ? d.root.arrayNode() : d.root.objectNode();
                    if (node instanceof ArrayNode a) {
                        if (a.isEmpty()) {
                            a.add(next);
                        } else {
                            a.set(0, next);
                        }
                    } else {
                        ((ObjectNode) node).set(seg, next);
                    }
                }
                node = next;
            }
            String last = segments[segments.length - 1];
            if (node instanceof ArrayNode a) {
                if (a.isEmpty()) {
                    a.add(d.raw(value));
                } else {
                    a.set(0, d.raw(value));
                }
            } else {
                ((ObjectNode) node).set(last, d.raw(value));
            }
        }

        @Override
        public String toString() {
            return "Put(" + pointer + " = " + value + ")";
        }
    }

    /** A value (a required one, perhaps) is left out. */
    record Remove(int at) implements Edit {
        @Override
        public void apply(Draft d) {
            List<Draft.Location> all = d.locations();
            if (!all.isEmpty()) {
                all.get(Math.floorMod(at, all.size())).remove();
            }
        }
    }

    /**
     * A reference to a member (a parcel's holder, a business's owner, an enrollment's member) names
     * {@code id}, which no member has; with no such reference in the record, a parcel is added.
     */
    record Dangling(int at, Raw id) implements Edit {
        @Override
        public void apply(Draft d) {
            List<Draft.Location> refs = new ArrayList<>();
            for (Draft.Location l : d.locations()) {
                if (l.pointer()
                        .matches(
                                "/(parcels|businesses|program_enrollments)/\\d+/(holder_member_id|owner_member_id|member_id)")) {
                    refs.add(l);
                }
            }
            if (refs.isEmpty()) {
                ObjectNode parcel = d.root.objectNode();
                parcel.put("parcel_id", "FZ-PARCEL");
                parcel.set("holder_member_id", d.raw(id));
                listIn(d.root, "parcels").add(parcel);
                return;
            }
            refs.get(Math.floorMod(at, refs.size())).set(d.raw(id));
        }
    }

    /**
     * {@code count} more items in a list (members, parcels, businesses, groups, enrollments), copies of
     * its first (or of a minimal one); each names {@code id}, made unique with its number unless
     * {@code sameId}: a member's id, or the member a parcel, business or enrollment refers to
     * (which no member has when {@code dangling}).
     */
    record Grow(String list, int count, Raw id, boolean sameId, boolean dangling) implements Edit {
        @Override
        public void apply(Draft d) {
            ArrayNode items = listIn(d.root, list);
            JsonNode first = items.isEmpty() ? null : items.get(0);
            String member = firstMemberId(d.root);
            for (int i = 0; i < count; i++) {
                ObjectNode item = first instanceof ObjectNode o ? o.deepCopy() : minimal(d.root, list, member);
                Raw ref = sameId ? id : numbered(id, i);
                switch (list) {
                    case "members" -> item.set("member_id", d.raw(ref));
                    case "parcels" -> {
                        item.put("parcel_id", "FZ-" + i);
                        item.set("holder_member_id", dangling || member == null ? d.raw(ref) : item.stringNode(member));
                    }
                    case "businesses" -> {
                        item.put("business_id", "FZ-" + i);
                        item.set("owner_member_id", dangling || member == null ? d.raw(ref) : item.stringNode(member));
                    }
                    case "program_enrollments" ->
                        item.set("member_id", dangling || member == null ? d.raw(ref) : item.stringNode(member));
                    case "groups" -> item.put("group_id", "FZ-" + i);
                    default -> throw new IllegalArgumentException(list);
                }
                items.add(item);
            }
        }

        /** The id with the item's number after it, inside the quotes when it is a string. */
        private static Raw numbered(Raw id, int i) {
            byte[] b = id.bytes();
            String suffix = "-" + i;
            if (b.length >= 2 && b[0] == '"' && b[b.length - 1] == '"') {
                byte[] out = java.util.Arrays.copyOf(b, b.length - 1 + suffix.length() + 1);
                System.arraycopy(suffix.getBytes(), 0, out, b.length - 1, suffix.length());
                out[out.length - 1] = '"';
                return new Raw(id.shown(), out);
            }
            return id;
        }

        private static ObjectNode minimal(ObjectNode root, String list, String member) {
            ObjectNode o = root.objectNode();
            switch (list) {
                case "members" -> o.put("birth_date", "1990-01-01");
                case "parcels" -> o.put("area_ha", 1);
                case "businesses" -> o.put("months_operating", 12);
                case "program_enrollments" -> o.put("program", "JCF").put("status", "ACTIVE");
                case "groups" -> o.put("members_count", 10);
                default -> throw new IllegalArgumentException(list);
            }
            return o;
        }

        @Override
        public String toString() {
            return "Grow(" + list + " by " + count + ", id " + id + (sameId ? " each" : " numbered")
                    + (dangling ? ", dangling" : "") + ")";
        }
    }

    private static ArrayNode listIn(ObjectNode root, String name) {
        JsonNode l = root.get(name);
        if (l instanceof ArrayNode a) {
            return a;
        }
        return root.putArray(name);
    }

    private static String firstMemberId(ObjectNode root) {
        JsonNode m = root.path("members").path(0).path("member_id");
        return m.isString() ? m.stringValue() : null;
    }
}
