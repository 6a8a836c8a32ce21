package org.elige.audit;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.ShapeOne;

/**
 * Microseconds of CPU per decision to write a full decision in shape 1 (as before shape 2) and in
 * shape 2, as the batch writes it (plain JSON) and as the log stores it (canonical), and to read a
 * stored decision back as shape 1 for replay; and the mean bytes of each. The decisions of a JSONL
 * file are made once; CPU time of this thread, best of the rounds, so that other processes on a
 * shared machine disturb it less. See BENCHMARKS.md, "Issue 16: smaller full decisions (shape 2)":
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.elige.audit.ShapeTiming h.jsonl [rounds]
 * </pre>
 */
public final class ShapeTiming {
    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ShapeTiming() {}

    public static void main(String[] args) throws Exception {
        List<byte[]> records = Files.readAllLines(Path.of(args[0])).stream()
                .map(l -> l.getBytes(StandardCharsets.UTF_8))
                .toList();
        List<Decision> decisions = new ArrayList<>();
        for (byte[] record : records) {
            Decision d = decide(record);
            if (d != null) {
                decisions.add(d);
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> storedOne =
                decisions.stream().map(ShapeOne.CANONICAL::writeValueAsString).toList();
        List<String> storedTwo = decisions.stream().map(Canonical::json).toList();
        Map<String, Function<Integer, Object>> ways = new LinkedHashMap<>();
        ways.put("write shape 1, plain (batch)", i -> ShapeOne.PLAIN.writeValueAsBytes(decisions.get(i)));
        ways.put("write shape 2, plain (batch)", i -> Json.WRITER.writeValueAsBytes(decisions.get(i)));
        ways.put("write shape 1, canonical (log)", i -> ShapeOne.CANONICAL.writeValueAsString(decisions.get(i)));
        ways.put("write shape 2, canonical (log)", i -> Canonical.json(decisions.get(i)));
        ways.put("read shape 1 for replay", i -> DecisionShape.selfContained(Json.READER.readTree(storedOne.get(i))));
        ways.put("read shape 2 for replay", i -> DecisionShape.selfContained(Json.READER.readTree(storedTwo.get(i))));
        ways.put("decide and write shape 1, plain", i -> ShapeOne.PLAIN.writeValueAsBytes(decide(records.get(i))));
        ways.put("decide and write shape 2, plain", i -> Json.WRITER.writeValueAsBytes(decide(records.get(i))));
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, Double> allocated = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Function<Integer, Object>> w : ways.entrySet()) {
                int n = w.getKey().startsWith("decide") ? records.size() : decisions.size();
                long bytes = CPU.getCurrentThreadAllocatedBytes();
                best.merge(w.getKey(), micros(n, w.getValue()), Math::min);
                allocated.merge(w.getKey(), (CPU.getCurrentThreadAllocatedBytes() - bytes) / 1e3 / n, Math::min);
            }
        }
        System.out.printf(
                "%d decisions; mean bytes, canonical: shape 1 %.0f, shape 2 %.0f%n",
                decisions.size(), mean(storedOne), mean(storedTwo));
        System.out.printf("%-34s %9s %9s%n", "per decision (best of " + rounds + ")", "µs CPU", "kB alloc");
        best.forEach((k, b) -> System.out.printf("%-34s %9.1f %9.1f%n", k, b, allocated.get(k)));
    }

    /** The record's decision, null when it is refused. */
    private static Decision decide(byte[] record) {
        try {
            return Evaluator.decide(TestRules.shipped(), record, null, Map.of());
        } catch (InputException refused) {
            return null;
        }
    }

    private static double mean(List<String> texts) {
        return texts.stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length)
                .average()
                .orElse(0);
    }

    private static double micros(int n, Function<Integer, Object> way) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            way.apply(i);
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e3 / n;
    }
}
