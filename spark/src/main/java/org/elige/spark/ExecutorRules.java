package org.elige.spark;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;

/**
 * The rule sets of this JVM by {@code rule_set.id}, compiled once per executor, never per task:
 * the first task to need one compiles it and the executor's other tasks wait for that same
 * compile (no longer than the compile itself) instead of starting their own. In local mode the
 * driver's compiled rule set is put here and serves the tasks too.
 */
public final class ExecutorRules {
    private static final Map<String, CompletableFuture<RuleSet>> RULES = new ConcurrentHashMap<>();
    private static final AtomicInteger COMPILES = new AtomicInteger();

    private ExecutorRules() {}

    /** The rule set of this shipment, compiled on first use in this JVM. */
    public static RuleSet get(RuleShipment shipment) {
        CompletableFuture<RuleSet> mine = new CompletableFuture<>();
        CompletableFuture<RuleSet> theirs = RULES.putIfAbsent(shipment.id(), mine);
        if (theirs == null) {
            COMPILES.incrementAndGet();
            try {
                mine.complete(shipment.compile());
            } catch (RuleSetException | RuntimeException | Error e) {
                RULES.remove(shipment.id(), mine);
                mine.completeExceptionally(e);
            }
            theirs = mine;
        }
        try {
            return theirs.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "the rules " + shipment.shown() + " do not compile on this executor: "
                            + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Puts a rule set compiled here (by the driver) for the tasks of this JVM. */
    public static void put(RuleSet rules) {
        RULES.putIfAbsent(rules.id(), CompletableFuture.completedFuture(rules));
    }

    /** How many compiles this JVM started (for tests and the job's log). */
    public static int compiles() {
        return COMPILES.get();
    }

    /** Forgets every rule set (tests of a cold executor). */
    static void clear() {
        RULES.clear();
    }
}
