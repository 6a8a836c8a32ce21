package org.elige.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/**
 * A rule set named by a folder, or by a git revision: {@code REV} reads {@code rules/} as it was
 * in that commit, {@code REV:path} another folder of it (paths from the repository's top), read
 * with git and loaded from memory.
 */
public final class RuleSource {

    private RuleSource() {}

    /** The rule set of a folder, else of a git revision of the repository in the current folder. */
    public static RuleSet load(String spec) throws RuleSetException {
        return load(spec, Path.of("."));
    }

    /** @param repo the git repository a revision is read from */
    public static RuleSet load(String spec, Path repo) throws RuleSetException {
        if (Files.isDirectory(Path.of(spec))) {
            return RuleSetLoader.load(Path.of(spec));
        }
        int colon = spec.indexOf(':');
        String rev = colon < 0 ? spec : spec.substring(0, colon);
        String folder = colon < 0 ? "rules" : spec.substring(colon + 1).replaceAll("/+$", "");
        try {
            List<String> paths = git(repo, spec, "ls-tree", "-r", "--name-only", rev + "^{commit}", "--", folder + "/")
                    .lines()
                    .toList();
            Map<String, String> files = new TreeMap<>();
            for (String path : paths) {
                if (path.endsWith(".drl") || path.endsWith(".yaml")) {
                    files.put(path.substring(folder.length() + 1), git(repo, spec, "show", rev + ":" + path));
                }
            }
            if (files.isEmpty()) {
                throw problem(spec, "neither a folder nor a git revision with a " + folder + "/ folder");
            }
            return RuleSetLoader.load(spec, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleSetException problem(String source, String message) {
        return new RuleSetException(List.of(org.elige.rules.Diagnostic.error(source, 1, 1, message)));
    }

    /** The standard output of a git command in the current folder; a failure names the revision with git's message. */
    static String git(Path repo, String source, String... args) throws IOException, RuleSetException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (p.waitFor() != 0) {
                throw problem(
                        source,
                        "not a folder, and git " + args[0] + " says: "
                                + err.lines().findFirst().orElse("failed"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
