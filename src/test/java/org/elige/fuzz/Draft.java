package org.elige.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.input.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record being mutated: a JSON tree in which raw text (a {@link Raw}, a repeated key) stands as a
 * placeholder string until {@link #render()} writes the bytes.
 */
final class Draft {
    private static final Pattern TOKEN = Pattern.compile("\"@@fuzz-(\\d+)@@\"");
    final ObjectNode root;
    private final Map<Integer, byte[]> splices = new HashMap<>();

    /** A value in the tree: its container, its key or index, and its JSON Pointer. */
    record Location(JsonNode container, String key, int index, String pointer) {
        JsonNode get() {
            return key != null ? container.get(key) : container.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) container).set(key, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) container).remove(key);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    Draft(ObjectNode record) {
        this.root = record.deepCopy();
    }

    /** A placeholder that {@link #render()} replaces with these bytes. */
    JsonNode raw(byte[] bytes) {
        int n = splices.size();
        splices.put(n, bytes);
        return root.stringNode("@@fuzz-" + n + "@@");
    }

    JsonNode raw(Raw value) {
        return raw(value.bytes());
    }

    /** A placeholder for an object's key, which {@link #render()} replaces with this key. */
    String key(String name) {
        int n = splices.size();
        splices.put(n, Raw.quote(name, false).getBytes(StandardCharsets.UTF_8));
        return "@@fuzz-" + n + "@@";
    }

    /** Every value below the root, in document order. */
    List<Location> locations() {
        List<Location> all = new ArrayList<>();
        walk(root, "", all);
        return all;
    }

    /** Every object, the root first. */
    List<ObjectNode> objects() {
        List<ObjectNode> all = new ArrayList<>();
        all.add(root);
        for (Location l : locations()) {
            if (l.get() instanceof ObjectNode o) {
                all.add(o);
            }
        }
        return all;
    }

    private static void walk(JsonNode node, String at, List<Location> out) {
        if (node.isObject()) {
            for (String k : List.copyOf(node.propertyNames())) {
                String p = at + "/" + k.replace("~", "~0").replace("/", "~1");
                out.add(new Location(node, k, -1, p));
                walk(node.get(k), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = at + "/" + i;
                out.add(new Location(node, null, i, p));
                walk(node.get(i), p, out);
            }
        }
    }

    /** The record as bytes, every placeholder replaced by its raw text. */
    byte[] render() {
        String text = Json.READER.writeValueAsString(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 1024);
        Matcher m = TOKEN.matcher(text);
        int from = 0;
        while (m.find()) {
            out.writeBytes(text.substring(from, m.start()).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(splices.get(Integer.parseInt(m.group(1))));
            from = m.end();
        }
        out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
