package org.elige.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A YAML file read as a JSON tree that remembers where each node came from (line and column). */
public final class YamlFile {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final String name;
    private final JsonNode root;
    private final Map<String, int[]> marks = new HashMap<>();
    /** Where each mapping key is written, by the pointer of its value. */
    private final Map<String, int[]> keys = new HashMap<>();

    private YamlFile(String name, String text) throws RuleSetException {
        this.name = name;
        try {
            Optional<Node> node =
                    new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
            this.root = node.isPresent() ? convert(node.get(), "") : F.objectNode();
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            throw new RuleSetException(java.util.List.of(Diagnostic.error(
                    name,
                    m == null ? 1 : m.getLine() + 1,
                    m == null ? 1 : m.getColumn() + 1,
                    "YAML syntax: " + e.getProblem())));
        } catch (YamlEngineException e) {
            throw new RuleSetException(java.util.List.of(Diagnostic.error(name, 1, 1, "YAML: " + e.getMessage())));
        }
    }

    public static YamlFile parse(String name, String text) throws RuleSetException {
        return new YamlFile(name, text);
    }

    public String name() {
        return name;
    }

    public JsonNode root() {
        return root;
    }

    /** An error located at the node at {@code pointer} (or the file's start if unknown). */
    public Diagnostic error(String pointer, String message) {
        int[] m = marks.getOrDefault(pointer, new int[] {1, 1});
        return Diagnostic.error(name, m[0], m[1], message);
    }

    /** An error located at the key whose value is at {@code pointer} (e.g. a key no longer read), with what to do about it. */
    public Diagnostic errorAtKey(String pointer, String message, String fix) {
        int[] m = keys.getOrDefault(pointer, marks.getOrDefault(pointer, new int[] {1, 1}));
        return Diagnostic.error(name, m[0], m[1], message).withFix(fix);
    }

    /** An error located at the node at {@code pointer}, with what to do about it. */
    public Diagnostic error(String pointer, String message, String fix) {
        return error(pointer, message).withFix(fix);
    }

    private JsonNode convert(Node node, String pointer) {
        node.getStartMark().ifPresent(m -> marks.put(pointer, new int[] {m.getLine() + 1, m.getColumn() + 1}));
        if (node instanceof MappingNode map) {
            ObjectNode obj = F.objectNode();
            for (NodeTuple t : map.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                t.getKeyNode()
                        .getStartMark()
                        .ifPresent(m -> keys.put(pointer + "/" + key, new int[] {m.getLine() + 1, m.getColumn() + 1}));
                obj.set(key, convert(t.getValueNode(), pointer + "/" + key));
            }
            return obj;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode arr = F.arrayNode();
            for (int i = 0; i < seq.getValue().size(); i++) {
                arr.add(convert(seq.getValue().get(i), pointer + "/" + i));
            }
            return arr;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        if (Tag.NULL.equals(tag)) {
            return F.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return F.booleanNode(Boolean.parseBoolean(v));
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return F.numberNode(new java.math.BigDecimal(v));
        }
        return F.stringNode(v);
    }
}
