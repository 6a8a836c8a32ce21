package org.elige.changes;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A rule folder as it was at a git revision: its rule, program and parameter files. */
final class Revision {

    private Revision() {}

    /** The revision's short commit id; an IllegalArgumentException if git does not know it. */
    static String commit(Path dir, String rev) {
        return new Git(dir)
                .run("rev-parse", "--short", "--verify", rev + "^{commit}")
                .strip();
    }

    /** Relative path to text of every {@code .drl} and {@code .yaml} file under the folder at that revision. */
    static Map<String, String> files(Path dir, String rev) {
        Git git = new Git(dir);
        String top = git.run("rev-parse", "--show-toplevel").strip();
        String prefix = git.run("rev-parse", "--show-prefix").strip();
        Git root = new Git(Path.of(top));
        Map<String, String> files = new TreeMap<>();
        for (String path : root.run("ls-tree", "-r", "--name-only", rev, "--", prefix.isEmpty() ? "." : prefix)
                .split("\n")) {
            if (path.endsWith(".drl") || path.endsWith(".yaml")) {
                files.put(path.substring(prefix.length()), root.run("show", rev + ":" + path));
            }
        }
        return files;
    }
}
