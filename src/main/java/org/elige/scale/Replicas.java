package org.elige.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/**
 * Writes a rule folder in which every program of another is there {@code times} times: the
 * original, and copies 2 to {@code times} under other names (see {@link Copy}). Files outside
 * program folders (shared parameters, {@code ruleset.yaml}, {@code lint.yaml}) are written once.
 * For measuring how loading and deciding grow with the catalogue; the copies decide exactly as
 * their originals do, each about its own copy's programs.
 */
public final class Replicas {

    private Replicas() {}

    public static void write(Path rules, int times, Path to) throws IOException, RuleSetException {
        if (times < 1) {
            throw new IllegalArgumentException("a catalogue is replicated at least once, not " + times + " times");
        }
        Map<String, String> files = RuleSetLoader.read(rules);
        Catalogue catalogue = Catalogue.of(files);
        List<Copy> copies = IntStream.rangeClosed(2, times)
                .mapToObj(n -> new Copy(n, catalogue))
                .toList();
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(to.resolve(f.getKey()), f.getValue());
            String folder = catalogue.folder(f.getKey());
            for (Copy copy : folder == null ? List.<Copy>of() : copies) {
                String path = copy.folder(folder) + f.getKey().substring(folder.length());
                write(to.resolve(path), text(copy, f.getKey(), f.getValue()));
            }
        }
    }

    private static String text(Copy copy, String path, String text) {
        if (path.endsWith(".drl")) {
            return copy.drl(text);
        }
        if (path.endsWith("/program.yaml")) {
            return copy.program(text);
        }
        return path.endsWith("/parameters.yaml") ? copy.parameters(text) : text;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
