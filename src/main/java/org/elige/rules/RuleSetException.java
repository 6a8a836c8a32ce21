package org.elige.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used, with every problem found (not only the first). */
public final class RuleSetException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public RuleSetException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
