package org.elige.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.elige.rules.YamlFile;
import tools.jackson.databind.JsonNode;

/**
 * A {@code program.yaml} as written, read leniently (the loader refuses what is malformed): id,
 * names, criteria, the criteria its decision ({@code eligible_when}) names, exclusions, the
 * optional {@code informative} criteria, and the dates its rules are known for.
 *
 * @param decides the criteria {@code eligible_when} names, or null when it is absent (all decide)
 */
public record ProgramDecl(
        YamlFile yaml,
        String folder,
        String id,
        String nameEs,
        String nameEn,
        List<String> criteria,
        List<String> decides,
        Set<String> exclusions,
        List<String> informative,
        Period known) {

    public static ProgramDecl read(YamlFile yaml, String folder) {
        JsonNode root = yaml.root();
        List<String> decides = null;
        if (root.has("eligible_when")) {
            decides = new ArrayList<>();
            strings(root.get("eligible_when"), decides);
        }
        Set<String> exclusions = new LinkedHashSet<>();
        root.path("exclusions").properties().forEach(e -> exclusions.add(e.getKey()));
        JsonNode known = root.path("period");
        return new ProgramDecl(
                yaml,
                folder,
                root.path("id").asString(""),
                text(root, "es"),
                text(root, "en"),
                list(root.path("criteria")),
                decides,
                exclusions,
                list(root.path("informative")),
                new Period(Period.date(known.path("from")), Period.date(known.path("until"))));
    }

    private static String text(JsonNode root, String lang) {
        return root.path("name").path(lang).asString("").trim();
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(c -> out.add(c.asString("")));
        return out;
    }

    /** Every criterion id named in a condition: a string, or {all: [...]} / {any: [...]} of conditions. */
    private static void strings(JsonNode n, List<String> into) {
        if (n.isString()) {
            into.add(n.stringValue());
        } else if (n.isArray() || n.isObject()) {
            n.forEach(c -> strings(c, into));
        }
    }

    public String file() {
        return yaml.name();
    }

    /** Where the node at a JSON Pointer is written, as {line, column}. */
    public int[] at(String pointer) {
        return Where.of(yaml, pointer);
    }
}
