package org.elige.spark;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.elige.rules.Diagnostic;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;

/** What every job does before it reads the register: compile the rules and check the overrides, then start Spark. */
final class Jobs {
    private Jobs() {}

    /** A rules folder read and compiled on the driver; every problem as {@code file:line:col}, exit 3. */
    static Compiled compile(Path dir, String cache, Map<String, String> params) {
        try {
            RuleShipment shipment = RuleShipment.read(dir, cache);
            RuleSet rules = shipment.compile();
            try {
                rules.parameters().with(params);
            } catch (IllegalArgumentException e) {
                throw new JobException(Main.USAGE, e.getMessage());
            }
            ExecutorRules.put(rules);
            return new Compiled(shipment, rules);
        } catch (RuleSetException e) {
            StringBuilder sb = new StringBuilder("the rules in " + dir + " do not compile:");
            for (Diagnostic d : e.diagnostics()) {
                sb.append("\n  ").append(d);
            }
            throw new JobException(Main.INVALID_RULES, sb.toString());
        }
    }

    record Compiled(RuleShipment shipment, RuleSet rules) {}

    /** The session spark-submit configured, or the one a test started. */
    static SparkSession spark(String job) {
        return SparkSession.builder().appName("elige " + job).getOrCreate();
    }
}
