package org.elige.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.rules.Parameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No code reaches a person: every code of the household schema, every state and every benefit item
 * the shipped rules give has a name in both languages, and no sentence of any fixture's decision
 * shows a code.
 */
class CodesHaveLabelsTest {
    private static final List<String> LANGS = List.of("es", "en");
    /** A code as the record and the rules write it: capitals joined by underscores. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    private static final Pattern ITEM = Pattern.compile("\\bitem\\(\"([A-Z0-9_]+)\"\\)");
    private static JsonNode schema;
    /** Every fixture's decision, by fixture. */
    private static final Map<String, Decision> decisions = new TreeMap<>();

    @BeforeAll
    static void decideEveryFixture() throws IOException {
        schema = Json.READER.readTree(CodesHaveLabelsTest.class.getResourceAsStream("/schema/household.schema.json"));
        List<Path> inputs;
        try (Stream<Path> walk = Files.walk(TestRules.FIXTURES)) {
            inputs = walk.filter(p -> p.toString().endsWith(".input.json"))
                    .sorted()
                    .toList();
        }
        for (Path input : inputs) {
            Path expected = input.resolveSibling(input.getFileName().toString().replace(".input.", ".expected."));
            JsonNode want = Json.READER.readTree(Files.readAllBytes(expected));
            LocalDate asOf =
                    want.hasNonNull("as_of") ? LocalDate.parse(want.get("as_of").asString()) : null;
            Map<String, String> params = new LinkedHashMap<>();
            want.path("params")
                    .properties()
                    .forEach(p -> params.put(p.getKey(), p.getValue().asString()));
            try {
                decisions.put(
                        TestRules.FIXTURES.relativize(input).toString(),
                        Evaluator.decide(TestRules.shipped(), Files.readAllBytes(input), asOf, params));
            } catch (InputException refused) {
                // a fixture of a refused record has no decision to read
            }
        }
    }

    /** Field name to its codes, for every {@code enum} of the schema. */
    private static Map<String, TreeSet<String>> schemaCodes() {
        Map<String, TreeSet<String>> codes = new TreeMap<>();
        collect(schema, null, codes);
        return codes;
    }

    private static void collect(JsonNode node, String field, Map<String, TreeSet<String>> into) {
        if (node.isObject()) {
            if (node.has("enum") && field != null) {
                node.get("enum").forEach(v -> {
                    if (v.isString()) {
                        into.computeIfAbsent(field, f -> new TreeSet<>()).add(v.asString());
                    }
                });
            }
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), into));
            // a property's own name is the field; "properties" and "$defs" only hold fields
        } else if (node.isArray()) {
            node.forEach(v -> collect(v, field, into));
        }
    }

    private static List<String> unnamed(String field, Iterable<String> codes) {
        List<String> unnamed = new ArrayList<>();
        for (String code : codes) {
            for (String lang : LANGS) {
                String name = Messages.code(lang, field, code);
                if (name == null || name.isBlank()) {
                    unnamed.add(lang + " " + (field == null ? "" : field + ": ") + code);
                }
            }
        }
        return unnamed;
    }

    @Test
    void everyCodeOfTheSchemaHasANameInBothLanguages() {
        Map<String, TreeSet<String>> codes = schemaCodes();
        assertFalse(codes.isEmpty(), "the schema has enums");
        List<String> unnamed = new ArrayList<>();
        codes.forEach((field, values) -> unnamed.addAll(unnamed(field, values)));
        assertEquals(List.of(), unnamed, "codes of the schema without a name in the catalogue (code.*)");
    }

    @Test
    void everyStateIsNamedByItsInegiCode() {
        String pattern = schema.at("/$defs/location/properties/cve_ent/pattern").asString();
        List<String> states = new ArrayList<>();
        for (int i = 0; i <= 99; i++) {
            String code = String.format("%02d", i);
            if (code.matches(pattern)) {
                states.add(code);
            }
        }
        assertEquals(32, states.size(), "the schema takes 01 to 32");
        assertEquals(List.of(), unnamed("cve_ent", states));
        assertEquals("Oaxaca", Messages.code("es", "cve_ent", "20"));
        assertEquals("Mexico City", Messages.code("en", "cve_ent", "09"));
        assertEquals("Ciudad de México", Messages.code("es", "cve_ent", "09"));
    }

    @Test
    void everyCodeAParameterListsHasANameInBothLanguages() {
        List<String> unnamed = new ArrayList<>();
        for (Parameter p : TestRules.shipped().parameters().all().values()) {
            p.values().forEach(v -> {
                if (v.value() instanceof List<?> list && p.codes() != null) {
                    unnamed.addAll(unnamed(
                            p.codes(), list.stream().map(Object::toString).toList()));
                }
            });
        }
        assertEquals(List.of(), unnamed);
    }

    /** Every benefit item the shipped rules name ({@code b.item("X")}) or gave in a fixture's decision. */
    private static TreeSet<String> benefitItems() throws IOException {
        TreeSet<String> items = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(TestRules.RULES)) {
            for (Path drl : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = ITEM.matcher(Files.readString(drl));
                while (m.find()) {
                    items.add(m.group(1));
                }
            }
        }
        decisions
                .values()
                .forEach(d -> d.results().stream()
                        .filter(r -> r.benefit() != null)
                        .forEach(r -> items.addAll(r.benefit().items())));
        return items;
    }

    @Test
    void everyBenefitItemTheRulesGiveHasANameInBothLanguages() throws IOException {
        TreeSet<String> items = benefitItems();
        // the works of the dwelling and of the locality come from the facts, so fixtures must show them
        assertFalse(items.stream().noneMatch(i -> i.equals("EARTH_FLOOR")), "a fixture lists dwelling works");
        assertFalse(items.stream().noneMatch(i -> i.equals("ROAD")), "a fixture lists locality works");
        assertEquals(List.of(), unnamed(null, items), "benefit items without a name in the catalogue (code.*)");
    }

    @Test
    void noSentenceOfAnyFixturesDecisionShowsACode() throws IOException {
        assertFalse(decisions.isEmpty());
        // a code of the schema or a benefit item shown as itself: one whose name does not contain it
        // (IMSS and INE do); items are codes of no field
        Map<String, TreeSet<String>> codes = new LinkedHashMap<>(schemaCodes());
        codes.put(null, benefitItems());
        Map<String, List<Pattern>> raw = new LinkedHashMap<>();
        for (String lang : LANGS) {
            List<Pattern> patterns = new ArrayList<>();
            codes.forEach((field, values) -> values.forEach(code -> {
                Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(code) + "(?![\\p{L}\\p{N}_])");
                String name = Messages.code(lang, field, code);
                if (name == null || !word.matcher(name).find()) {
                    patterns.add(word);
                }
            }));
            raw.put(lang, patterns);
        }
        // each sentence that shows a code once, with the first fixture that gives it
        Map<String, String> shown = new LinkedHashMap<>();
        decisions.forEach((fixture, d) -> d.results().forEach(r -> {
            List<Text> texts = new ArrayList<>();
            r.criteria().forEach(f -> texts.add(f.explanation()));
            if (r.benefit() != null) {
                texts.add(r.benefit().note());
            }
            texts.add(r.reason());
            for (Text t : texts) {
                for (String lang : LANGS) {
                    String sentence = t == null ? "" : t.in(lang);
                    Stream.concat(Stream.of(CODE), raw.get(lang).stream())
                            .map(p -> p.matcher(sentence))
                            .filter(Matcher::find)
                            .findFirst()
                            .ifPresent(code -> shown.putIfAbsent(
                                    lang + " «" + sentence + "»", code.group() + " (" + fixture + ")"));
                }
            }
        }));
        assertEquals(Map.of(), shown, shown.size() + " sentences show a code");
    }
}
