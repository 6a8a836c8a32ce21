package org.elige;

import java.nio.file.Path;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/** The shipped rules, compiled once for all tests. */
public final class TestRules {
    public static final Path RULES = Path.of("rules");
    public static final Path FIXTURES = Path.of("fixtures");
    private static RuleSet shipped;

    private TestRules() {}

    public static synchronized RuleSet shipped() {
        if (shipped == null) {
            try {
                shipped = RuleSetLoader.load(RULES);
            } catch (RuleSetException e) {
                throw new AssertionError("the shipped rules do not compile:\n" + e.getMessage(), e);
            }
        }
        return shipped;
    }
}
