package org.elige.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.elige.input.Limits;
import org.elige.input.SchemaCheck;
import org.elige.model.InputError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema check with its fast pass ({@link SchemaCheck#check}) gives exactly the errors of the
 * validator alone ({@link SchemaCheck#validate}): the same list, in the same order, each error with
 * the same JSON Pointer, value and sentence in both languages (which the keyword and its arguments
 * make). Over fixtures and generated households, mutated as the other fuzz tests do and with values
 * on either side of every limit of the schema ({@link Edges}); each property also requires that a
 * good share of its records took the fast pass and another the validator, so that both sides of
 * every check are compared.
 */
class SchemaFastPassFuzzTest {
    private static final List<Fixtures.Fixture> SEEDS = seeds();

    /** The record as {@code HouseholdReader} gives it to the schema check; null if it is refused before. */
    private static JsonNode readable(byte[] bytes) {
        try {
            JsonNode root = Json.READER.readTree(bytes);
            return root != null && root.isObject() ? Limits.withoutAbsurdNumbers(root) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Both paths give the same errors; counted by whether the record conforms. */
    private static void same(byte[] bytes) {
        JsonNode record = readable(bytes);
        if (record == null) {
            Statistics.label("path").collect("unreadable");
            return;
        }
        List<InputError> reference = SchemaCheck.validate(record);
        List<InputError> checked = SchemaCheck.check(record);
        assertEquals(reference, checked);
        Statistics.label("path").collect(reference.isEmpty() ? "conforms" : "errors");
    }

    private static void bothPathsTaken() {
        Statistics.label("path").coverage(c -> {
            c.check("conforms").percentage(p -> p >= 5);
            c.check("errors").percentage(p -> p >= 5);
        });
    }

    @Property(tries = 2000)
    @AddLifecycleHook(Campaign.class)
    void mutatedRecords(@ForAll("mutated") Fuzzed f) {
        same(f.bytes());
        bothPathsTaken();
    }

    @Property(tries = 3000)
    @AddLifecycleHook(Campaign.class)
    void valuesOnEitherSideOfEveryLimit(@ForAll("edges") Fuzzed f) {
        same(f.bytes());
        bothPathsTaken();
    }

    /** Untouched, every fixture and generated household conforms, and the fast pass says so. */
    @Example
    void everySeedConformsThroughTheFastPass() {
        for (Fixtures.Fixture seed : SEEDS) {
            JsonNode record = readable(Json.READER.writeValueAsBytes(seed.record()));
            assertEquals(List.of(), SchemaCheck.validate(record), seed.name());
            assertTrue(SchemaCheck.check(record).isEmpty(), seed.name());
        }
    }

    @Provide
    Arbitrary<Fuzzed> mutated() {
        return Arbitraries.frequencyOf(Tuple.of(1, Mutations.anyKind()), Tuple.of(2, edited(Mutations.quick())));
    }

    @Provide
    Arbitrary<Fuzzed> edges() {
        Arbitrary<Edit> put = Arbitraries.of(Fields.all())
                .flatMap(field -> Edges.of(field).map(v -> new Edit.Put(field.pointer(), v)));
        return Combinators.combine(
                        Arbitraries.of(SEEDS), put.list().ofMinSize(1).ofMaxSize(3))
                .as(Fuzzed::new);
    }

    /** The same edits on the seeds of this test (generated households as well as fixtures). */
    private static Arbitrary<Fuzzed> edited(Arbitrary<Fuzzed> fuzzed) {
        return Combinators.combine(Arbitraries.of(SEEDS), fuzzed).as((seed, f) -> new Fuzzed(seed, f.edits()));
    }

    /** The fixtures and 300 generated households, each as read from its bytes. */
    private static List<Fixtures.Fixture> seeds() {
        Generator g = new Generator(16, LocalDate.parse("2025-10-01"), List.of("PAM", "PPB", "JCF"), List.of());
        List<Fixtures.Fixture> generated = LongStream.range(0, 300)
                .mapToObj(i -> new Fixtures.Fixture("generated-" + i, (ObjectNode)
                        Json.READER.readTree(Json.WRITER.writeValueAsBytes(g.household(i)))))
                .toList();
        return java.util.stream.Stream.concat(Fixtures.all().stream(), generated.stream())
                .toList();
    }
}
