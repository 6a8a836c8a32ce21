package org.elige.fuzz;

import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.rules.RuleSet;

/**
 * Fixture records mutated as an attacker would, through the engine's entry point for one record
 * ({@link Evaluator#decide}: reading, checking, deciding, then writing the decision as JSON as
 * {@code evaluate --format json} and {@code batch} do). Each try must end, within the deadline, in
 * an {@link InputException} or a decision (with its input errors, if any), never another exception,
 * a rule defect or a stack trace, and with output in linear proportion to the input
 * ({@link Verdict}). Tries are few enough for CI; {@link Campaign} runs more.
 */
@AddLifecycleHook(Campaign.class)
class EvaluatorFuzzTest {

    static void decide(Fuzzed f) throws Exception {
        byte[] input = f.bytes();
        RuleSet rules = TestRules.shipped();
        Verdict.Answer a = Deadline.within("deciding the record", () -> {
            try {
                Decision d = Evaluator.decide(rules, input, null, Map.of());
                return new Verdict.Answer(d, Json.WRITER.writeValueAsBytes(d), null, null);
            } catch (InputException e) {
                return new Verdict.Answer(null, null, e, Json.WRITER.writeValueAsBytes(e.errors()));
            }
        });
        Verdict.check(input, a);
    }

    @Property(tries = 80)
    void wrongTypesNullsAndMissingFields(@ForAll("wrongTypes") Fuzzed f) throws Exception {
        decide(f);
    }

    @Property(tries = 80)
    void hugeTinyAndOverflowingNumbers(@ForAll("numbers") Fuzzed f) throws Exception {
        decide(f);
    }

    @Property(tries = 50)
    void longStringsAndUnicode(@ForAll("strings") Fuzzed f) throws Exception {
        decide(f);
    }

    @Property(tries = 80)
    void duplicateKeys(@ForAll("duplicateKeys") Fuzzed f) throws Exception {
        decide(f);
    }

    @Property(tries = 30)
    void deepNesting(@ForAll("deepNesting") Fuzzed f) throws Exception {
        decide(f);
    }

    @Property(tries = 40)
    void danglingMemberReferences(@ForAll("dangling") Fuzzed f) throws Exception {
        decide(f);
    }

    @Property(tries = 15)
    void bigLists(@ForAll("bigLists") Fuzzed f) throws Exception {
        decide(f);
    }

    @Property(tries = 100)
    void everyKindOfEditAtOnce(@ForAll("anything") Fuzzed f) throws Exception {
        decide(f);
    }

    /**
     * The largest record the limits accept, every list at its {@code maxItems} (members with ids of
     * nearly the longest length; every parcel, business and enrollment of the first member, the
     * costliest shape), then one more item in each list: decided, then refused, each within the
     * deadline and with output linear in the input.
     */
    @Example
    void everyListAtItsLimitAndOneOver() throws Exception {
        for (int over = 0; over <= 1; over++) {
            java.util.List<Edit> edits = new java.util.ArrayList<>();
            for (String list : java.util.List.of("members", "parcels", "businesses", "groups", "program_enrollments")) {
                int max = Fields.maxItems(list);
                org.junit.jupiter.api.Assertions.assertTrue(max > 0, list + " has a limit in the schema");
                edits.add(new Edit.Grow(list, max + over, Raw.of("\"" + "M".repeat(90) + "\""), false, false));
            }
            decide(new Fuzzed(Fixtures.Fixture.empty(), edits));
        }
    }

    @Provide
    Arbitrary<Fuzzed> wrongTypes() {
        return Mutations.wrongTypes();
    }

    @Provide
    Arbitrary<Fuzzed> numbers() {
        return Mutations.numbers();
    }

    @Provide
    Arbitrary<Fuzzed> strings() {
        return Mutations.strings();
    }

    @Provide
    Arbitrary<Fuzzed> duplicateKeys() {
        return Mutations.duplicateKeys();
    }

    @Provide
    Arbitrary<Fuzzed> deepNesting() {
        return Mutations.deepNesting();
    }

    @Provide
    Arbitrary<Fuzzed> dangling() {
        return Mutations.danglingReferences();
    }

    @Provide
    Arbitrary<Fuzzed> bigLists() {
        return Mutations.bigLists();
    }

    @Provide
    Arbitrary<Fuzzed> anything() {
        return Mutations.anything();
    }
}
