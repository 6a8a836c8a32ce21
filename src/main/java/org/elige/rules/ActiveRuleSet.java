package org.elige.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set in use by a long-running process. A reload compiles the folder aside, runs the
 * {@link Gate} on it (the fixtures, in a service), and swaps it in only when it compiled and passed;
 * a broken edit leaves the working rule set in place and is reported. An evaluation keeps the rule
 * set it started with, since {@link #get()} hands out an immutable {@link RuleSet}.
 */
public final class ActiveRuleSet {
    private final Path dir;
    private final Gate gate;
    private final AtomicReference<RuleSet> current;
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile Reload lastReload;

    /**
     * What a candidate rule set must pass before it is used, beyond compiling: an empty list means
     * it passed. Problems are located like compile errors ({@code fixtures/jcf/x.expected.json:1:1}).
     */
    @FunctionalInterface
    public interface Gate {
        /** Accepts every rule set that compiles. */
        Gate NONE = candidate -> List.of();

        List<Diagnostic> check(RuleSet candidate);
    }

    /**
     * The outcome of one reload.
     *
     * @param swapped  the new rule set replaced the old one
     * @param ruleSet  the id of the rule set in use after the reload
     * @param errors   why the candidate was refused (compile errors or gate failures); empty when swapped
     */
    public record Reload(Instant at, boolean swapped, String ruleSet, List<Diagnostic> errors) {}

    /** Loads the folder with no gate beyond compiling. */
    public ActiveRuleSet(Path dir) throws RuleSetException {
        this(dir, Gate.NONE);
    }

    /** Loads the folder; the first rule set must compile and pass the gate too, or this throws with every problem. */
    public ActiveRuleSet(Path dir, Gate gate) throws RuleSetException {
        this.dir = dir;
        this.gate = gate;
        RuleSet first = RuleSetLoader.load(dir);
        List<Diagnostic> problems = gate.check(first);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        this.current = new AtomicReference<>(first);
        RuleSetLoader.warmCompiler(first);
    }

    /** The rule set to evaluate with; an evaluation keeps the one it started with. */
    public RuleSet get() {
        return current.get();
    }

    /** The folder the rules are loaded from. */
    public Path dir() {
        return dir;
    }

    /** Reloads the folder: true when the new rule set replaced the old one. */
    public boolean reload() {
        return reloadNow().swapped();
    }

    /**
     * Reloads the folder and tells how it went. Whatever fails on the way (a file that is not
     * text, a rule that throws while the gate replays the fixtures) refuses the candidate with a
     * located problem and keeps the working rule set; it never escapes as an exception.
     */
    public synchronized Reload reloadNow() {
        Reload r;
        try {
            RuleSet candidate = RuleSetLoader.load(dir);
            List<Diagnostic> problems;
            try {
                problems = gate.check(candidate);
            } catch (RuntimeException | StackOverflowError e) {
                problems = List.of(Diagnostic.error(
                        dir.toString().replace('\\', '/'),
                        1,
                        1,
                        "the rules failed while being checked: " + bounded(e)));
            }
            if (problems.isEmpty()) {
                current.set(candidate);
            }
            r = new Reload(Instant.now(), problems.isEmpty(), current.get().id(), List.copyOf(problems));
        } catch (RuleSetException e) {
            r = new Reload(Instant.now(), false, current.get().id(), e.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            r = new Reload(
                    Instant.now(),
                    false,
                    current.get().id(),
                    List.of(Diagnostic.error(
                            dir.toString().replace('\\', '/'), 1, 1, "the rules could not be loaded: " + bounded(e))));
        }
        lastReload = r;
        (r.swapped() ? reloads : refused).incrementAndGet();
        return r;
    }

    private static String bounded(Throwable e) {
        String m = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        m = m.replaceAll("\\s+", " ");
        return m.length() <= 300 ? m : m.substring(0, 300) + "…";
    }

    /** The last reload attempt, or null when there has been none. */
    public Reload lastReload() {
        return lastReload;
    }

    /** The problems of the last reload if it was refused; empty after a good one or none. */
    public List<Diagnostic> lastErrors() {
        Reload r = lastReload;
        return r == null ? List.of() : r.errors();
    }

    /** How many reloads swapped in a new rule set. */
    public long reloads() {
        return reloads.get();
    }

    /** How many reloads were refused. */
    public long refusedReloads() {
        return refused.get();
    }
}
