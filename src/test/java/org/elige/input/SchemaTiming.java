package org.elige.input;

import com.networknt.schema.InputFormat;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Microseconds of CPU per record for the schema check and the validator's own options, on the
 * records of a JSONL file (valid ones, as {@code generate} writes them) and on the same records
 * with one schema error each. CPU time of this thread, not wall time, so that other processes on a
 * shared machine disturb it less; each figure is the best of the rounds. See BENCHMARKS.md, "Issue
 * 16: validating at full speed":
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.elige.input.SchemaTiming h.jsonl [rounds]
 * </pre>
 */
public final class SchemaTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SchemaTiming() {}

    public static void main(String[] args) throws Exception {
        List<JsonNode> valid = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                valid.add(Json.READER.readTree(line));
                texts.add(line);
            }
        }
        List<JsonNode> invalid = valid.stream().map(SchemaTiming::broken).toList();
        List<String> invalidTexts =
                invalid.stream().map(Json.READER::writeValueAsString).toList();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;

        Schema plain = schema(b -> {});
        Schema failFast = schema(b -> b.failFast(true));
        Schema noFormats = schema(b -> b.formatAssertionsEnabled(false));
        Schema noRefCache = schema(b -> b.cacheRefs(false));
        Map<String, Consumer<JsonNode>> ways = new LinkedHashMap<>();
        ways.put("check: fast pass, validator on failure", SchemaCheck::check);
        ways.put("validate: validator, then sentences", SchemaCheck::validate);
        ways.put("validator, error list", plain::validate);
        ways.put("validator, boolean output", n -> plain.validate(n, OutputFormat.BOOLEAN));
        ways.put("validator, fail fast", n -> {
            try {
                failFast.validate(n);
            } catch (RuntimeException firstError) {
                // a fail-fast validator throws at its first error
            }
        });
        ways.put("validator, format assertions off", noFormats::validate);
        ways.put("validator, references not cached", noRefCache::validate);
        ways.put("validator, walk", n -> plain.walk(n, true));
        ways.put("fast pass alone", SchemaCheck::conforms);
        Map<String, double[]> best = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Consumer<JsonNode>> w : ways.entrySet()) {
                double[] b = best.computeIfAbsent(w.getKey(), k -> new double[] {Double.MAX_VALUE, Double.MAX_VALUE});
                b[0] = Math.min(b[0], micros(valid, w.getValue()));
                b[1] = Math.min(b[1], micros(invalid, w.getValue()));
            }
            double[] b = best.computeIfAbsent("validator, from the text", k -> new double[] {1e9, 1e9});
            b[0] = Math.min(b[0], micros(texts, t -> plain.validate(t, InputFormat.JSON)));
            b[1] = Math.min(b[1], micros(invalidTexts, t -> plain.validate(t, InputFormat.JSON)));
        }
        System.out.printf("%-42s %9s %9s%n", "µs of CPU per record (best of " + rounds + ")", "valid", "invalid");
        best.forEach((k, b) -> System.out.printf("%-42s %9.1f %9.1f%n", k, b[0], b[1]));
    }

    /** The record with one schema error, of five kinds in turn. */
    private static JsonNode broken(JsonNode record) {
        ObjectNode r = (ObjectNode) record.deepCopy();
        ObjectNode first = (ObjectNode) r.get("members").get(0);
        switch (Math.floorMod(r.get("household_id").asString().hashCode(), 5)) {
            case 0 -> first.put("sex", "Q");
            case 1 -> r.put("household_monthly_income_mxn", -5);
            case 2 -> r.put("membrs", 1);
            case 3 -> first.put("birth_date", "2025-3-1");
            default -> r.putObject("location").put("cve_ent", "33");
        }
        return r;
    }

    private static <T> double micros(List<T> records, Consumer<T> way) {
        long start = CPU.getCurrentThreadCpuTime();
        records.forEach(way);
        return (CPU.getCurrentThreadCpuTime() - start) / 1e3 / records.size();
    }

    private static Schema schema(Consumer<SchemaRegistryConfig.Builder> option) {
        SchemaRegistryConfig.Builder b =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER);
        option.accept(b);
        SchemaRegistryConfig config = b.build();
        return SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12, rb -> rb.schemaRegistryConfig(config))
                .getSchema(SchemaCheck.text(), InputFormat.JSON);
    }
}
