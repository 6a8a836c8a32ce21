package org.elige.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How hard the fuzz properties try. The defaults in each {@code @Property(tries = ...)} keep the
 * whole fuzz suite within about a minute of CI time; a longer campaign is asked for on the command
 * line (see README, "Fuzzing"):
 * <ul>
 * <li>{@code -Delige.fuzz.tries=N} (or jqwik's own {@code -Djqwik.tries.default=N}): N tries for every fuzz property;</li>
 * <li>{@code -Delige.fuzz.size=K}: lists, strings and batch files K times longer (default 1);</li>
 * <li>{@code -Delige.fuzz.deadline=S}: seconds one try may take (default 30: a normal try takes well under one).</li>
 * </ul>
 */
public final class Campaign implements AroundPropertyHook {

    /** The tries asked for on the command line, or 0 for each property's own. */
    static int tries() {
        String n = System.getProperty("elige.fuzz.tries", System.getProperty("jqwik.tries.default"));
        return n == null || n.isBlank() ? 0 : Integer.parseInt(n.trim());
    }

    /** {@code base} times the campaign's size factor. */
    static int size(int base) {
        return (int) Math.min(Integer.MAX_VALUE / 2, (long) base * Integer.getInteger("elige.fuzz.size", 1));
    }

    /** Seconds one try may take before it counts as a failure. */
    static int deadlineSeconds() {
        return Integer.getInteger("elige.fuzz.deadline", 30);
    }

    /** Put on a test class, the hook applies to each of its properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
            throws Throwable {
        if (tries() > 0) {
            context.attributes().setTries(tries());
        }
        return property.execute();
    }
}
