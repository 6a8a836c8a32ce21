package org.elige.rules;

/**
 * How Drools compiles the DRL files. Both must give identical decisions (the fixture suite checks
 * it); the executable model is the door to prebuilt, fast-starting rule sets.
 */
public enum BuildMode {
    /** The run-time DRL compiler: readable errors located at file:line; the default. */
    CLASSIC,
    /** Drools' executable model ({@code ExecutableModelProject}): rules turned into Java and compiled. */
    EXECUTABLE_MODEL
}
