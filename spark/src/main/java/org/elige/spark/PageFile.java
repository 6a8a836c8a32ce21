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

    /**
     * The page, or null when none was asked for; refused before any work when it could not be
     * written.
     *
     * @param option the option that named it, for the message
     */
    static PageFile of(Path file, Lang lang, String option) {
        if (file == null) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new JobException(Main.USAGE, option + ": " + file + " is a folder; give the page's file name");
        }
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new JobException(
                    Main.USAGE, option + ": cannot write " + file + " (its folder must exist and be writable)");
        }
        return new PageFile(file, lang.name());
    }

    void write(String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
