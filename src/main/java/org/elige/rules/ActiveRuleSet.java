package org.elige.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set in use by a long-running process. A reload compiles the folder aside and swaps it
 * in only when it is whole; a broken edit leaves the working rule set in place and is reported.
 */
public final class ActiveRuleSet {
    private final Path dir;
    private final AtomicReference<RuleSet> current;
    private volatile List<Diagnostic> lastErrors = List.of();

    public ActiveRuleSet(Path dir) throws RuleSetException {
        this.dir = dir;
        this.current = new AtomicReference<>(RuleSetLoader.load(dir));
    }

    /** The rule set to evaluate with; an evaluation keeps the one it started with. */
    public RuleSet get() {
        return current.get();
    }

    /** Reloads the folder: true when the new rule set replaced the old one. */
    public synchronized boolean reload() {
        try {
            current.set(RuleSetLoader.load(dir));
            lastErrors = List.of();
            return true;
        } catch (RuleSetException e) {
            lastErrors = e.diagnostics();
            return false;
        }
    }

    /** The problems of the last reload that was refused; empty after a good one. */
    public List<Diagnostic> lastErrors() {
        return lastErrors;
    }
}
