package org.elige.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An HTML page a job writes on the driver's file system beside its tables ({@code decide --report},
 * {@code impact --html}), and the language it is in.
 */
record PageFile(Path file, String lang) {
    /** es or en. */
    enum Lang {
        es,
        en
    }

    /** The page, or null when none was asked for. */
    static PageFile of(Path file, Lang lang) {
        return file == null ? null : new PageFile(file, lang.name());
    }

    void write(String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
