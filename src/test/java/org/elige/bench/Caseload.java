package org.elige.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.elige.engine.Evaluator;
import org.elige.generate.Generator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.LeanDecision;
import org.elige.rules.Parameters;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What every benchmark works on, prepared once per fork: a rule folder loaded, a fixed set of
 * generated households as bytes, each one already read (for the evaluation alone) and already
 * decided lean and full (for the serialisation alone), and decisions of the mean lean and full
 * size (for the I/O floor). Households whose record is refused are left out, as a batch writes
 * nothing for them.
 */
@State(Scope.Benchmark)
public class Caseload {
    /** Rule sets by folder, loaded once per JVM: a run without forks would otherwise load one per benchmark. */
    private static final Map<String, RuleSet> LOADED = new ConcurrentHashMap<>();

    /** The rule folder: the shipped catalogue, or one written by {@code elige bench --scale ... --scale-dir}. */
    @Param("rules")
    public String rules;

    @Param("500")
    public int households;

    @Param("1")
    public long seed;

    RuleSet ruleSet;
    Set<String> enrollable;
    Parameters parameters;
    byte[][] records;
    Input[] inputs;
    Decision[] lean;
    Decision[] full;
    byte[] leanSized;
    byte[] fullSized;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        ruleSet = LOADED.computeIfAbsent(rules, Caseload::load);
        enrollable = ruleSet.enrollable();
        parameters = ruleSet.parameters().with(Map.of());
        Generator generator = new Generator(seed, LocalDate.parse("2025-10-01"), ruleSet);
        List<byte[]> readable = new ArrayList<>();
        List<Input> read = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            byte[] record = Json.WRITER.writeValueAsBytes(generator.household(i));
            try {
                read.add(HouseholdReader.read(record, enrollable, null));
                readable.add(record);
            } catch (InputException e) {
                // refused outright: a batch decides nothing for it
            }
        }
        records = readable.toArray(byte[][]::new);
        inputs = read.toArray(Input[]::new);
        lean = read.stream()
                .map(in -> Evaluator.evaluate(ruleSet, in, parameters, false))
                .toArray(Decision[]::new);
        full = read.stream()
                .map(in -> Evaluator.evaluate(ruleSet, in, parameters, true))
                .toArray(Decision[]::new);
        leanSized = meanSized(Arrays.stream(lean)
                .map(d -> Json.WRITER.writeValueAsBytes(LeanDecision.of(d)))
                .toList());
        fullSized = meanSized(
                Arrays.stream(full).map(Json.WRITER::writeValueAsBytes).toList());
    }

    private static RuleSet load(String dir) {
        try {
            return RuleSetLoader.load(Path.of(dir));
        } catch (RuleSetException e) {
            throw new IllegalStateException("the rules in " + dir + " do not load:\n" + e.getMessage(), e);
        }
    }

    /** The decision closest to the mean size, as {@code bench} gives its I/O floor. */
    private static byte[] meanSized(List<byte[]> decisions) {
        double mean = decisions.stream().mapToInt(b -> b.length).average().orElse(0);
        return decisions.stream()
                .min(Comparator.comparingDouble(b -> Math.abs(b.length - mean)))
                .orElseThrow();
    }
}
