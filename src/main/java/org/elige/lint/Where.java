package org.elige.lint;

import org.elige.rules.Diagnostic;
import org.elige.rules.YamlFile;

/** Locations in YAML files. */
final class Where {

    private Where() {}

    /** Where the node at a JSON Pointer is written, as {line, column}; the file's start if unknown. */
    static int[] of(YamlFile yaml, String pointer) {
        Diagnostic d = yaml.error(pointer, "");
        return new int[] {d.line(), d.column()};
    }
}
