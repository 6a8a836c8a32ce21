package org.elige.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * Loads a rule set from a folder: every {@code *.drl}, {@code program.yaml} and
 * {@code parameters.yaml} under it, plus an optional {@code ruleset.yaml} with a label. Either
 * returns a whole, checked rule set or throws with every problem found; it never returns half.
 */
public final class RuleSetLoader {

    static {
        // DRL 10 syntax only: deprecated constructs are errors, not log lines nobody reads.
        if (System.getProperty("drools.lang.level") == null) {
            System.setProperty("drools.lang.level", "DRL10");
        }
    }

    private RuleSetLoader() {}

    public static RuleSet load(Path dir) throws RuleSetException {
        return load(dir, BuildMode.CLASSIC);
    }

    /** Loads with the given Drools build mode; {@link #load(Path)} uses {@link BuildMode#CLASSIC}. */
    public static RuleSet load(Path dir, BuildMode mode) throws RuleSetException {
        return load(dir, mode, PackageCache.fromEnvironment());
    }

    /**
     * Loads with compiled packages kept in (and read back from) a cache in this folder instead of
     * the environment's: an empty one compiles every package, as a first load does.
     */
    public static RuleSet load(Path dir, BuildMode mode, Path cache) throws RuleSetException {
        return load(dir, mode, PackageCache.at(cache));
    }

    /** Loads with compiled packages kept in (and read back from) this cache. */
    static RuleSet load(Path dir, BuildMode mode, PackageCache cache) throws RuleSetException {
        return load(dir.toString().replace('\\', '/'), read(dir), mode, cache);
    }

    /**
     * Loads rule files held in memory (a stored snapshot, a git revision), as if read from a folder.
     *
     * @param shown how the rule set is named in messages, before each file's path
     * @param files relative path to text, as {@link #read} gives them
     */
    public static RuleSet load(String shown, Map<String, String> files) throws RuleSetException {
        return load(shown, new TreeMap<>(files), BuildMode.CLASSIC, PackageCache.fromEnvironment());
    }

    /**
     * Loads rule files held in memory (e.g. shipped to a cluster's executors) with compiled
     * packages kept in this folder, or compiling every package when {@code cache} is null.
     */
    public static RuleSet load(String shown, Map<String, String> files, Path cache) throws RuleSetException {
        return load(
                shown,
                new TreeMap<>(files),
                BuildMode.CLASSIC,
                cache == null ? PackageCache.NONE : PackageCache.at(cache));
    }

    private static RuleSet load(String shown, Map<String, String> files, BuildMode mode, PackageCache cache)
            throws RuleSetException {
        String id = identity(files);
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, String> drl = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            }
        });
        // The rules compile (or come from the cache) on another core while the YAML files are read.
        List<Diagnostic> compileProblems = new ArrayList<>();
        CompletableFuture<KieBase> compiled = CompletableFuture.supplyAsync(
                () -> drl.isEmpty() ? null : DrlCompiler.compile(drl, shown, id, mode, cache, compileProblems));
        Map<String, Program> programs = new LinkedHashMap<>();
        Map<String, Parameter> parameters = new TreeMap<>();
        String label = id.substring(7, 19);
        Set<String> otherEnrollments = new java.util.TreeSet<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.equals("program.yaml")) {
                Program p = ProgramFile.read(
                        YamlFile.parse(shown + "/" + path, f.getValue()),
                        path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "",
                        problems);
                if (p != null && programs.putIfAbsent(p.id(), p) != null) {
                    problems.add(
                            Diagnostic.error(shown + "/" + path, 1, 1, "program id " + p.id() + " is declared twice"));
                }
            } else if (name.equals("parameters.yaml")) {
                ParameterFile.read(YamlFile.parse(shown + "/" + path, f.getValue()), parameters, problems);
            } else if (path.equals("ruleset.yaml")) {
                var root = YamlFile.parse(shown + "/" + path, f.getValue()).root();
                label = root.path("label").asString(label);
                root.path("other_enrollments").forEach(e -> otherEnrollments.add(e.asString()));
            }
        }
        if (drl.isEmpty()) {
            problems.add(Diagnostic.error(shown, 1, 1, "no *.drl rule files found"));
        }
        ParameterReferences.check(drl, shown, parameters, problems);
        KieBase base;
        try {
            base = compiled.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        problems.addAll(compileProblems);
        Map<String, RuleInfo> rules = base == null ? Map.of() : RuleIndex.index(base, programs, drl, shown, problems);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw new RuleSetException(
                    problems.stream().filter(Diagnostic::isError).toList());
        }
        return new RuleSet(
                id,
                label,
                base,
                programs,
                new Parameters(parameters),
                rules,
                problems,
                Instant.now(),
                java.util.Collections.unmodifiableMap(files),
                java.util.Collections.unmodifiableSet(otherEnrollments));
    }

    /**
     * Compiles the smallest package of a rule set on a background thread, without the cache. A
     * long-running process whose rules came from the cache has never warmed the DRL parser and
     * the Java compiler, and would pay for it (seconds) on its first reload after an edit.
     *
     * @return the thread, already started
     */
    public static Thread warmCompiler(RuleSet rules) {
        Map<String, String> drl = new TreeMap<>();
        rules.files().forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            }
        });
        Map<String, String> smallest = DrlCompiler.byPackage(drl).values().stream()
                .min(java.util.Comparator.comparingInt(files ->
                        files.values().stream().mapToInt(String::length).sum()))
                .orElse(Map.of());
        Thread t = new Thread(
                () -> {
                    if (!smallest.isEmpty()) {
                        DrlCompiler.compile(
                                smallest,
                                "warm-up",
                                rules.id(),
                                BuildMode.CLASSIC,
                                PackageCache.NONE,
                                new ArrayList<>());
                    }
                },
                "elige-warm-compiler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Rule, program, parameter and rule-set files by path relative to {@code dir}, in path order. */
    public static Map<String, String> read(Path dir) throws RuleSetException {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(Diagnostic.error(dir.toString(), 1, 1, "not a folder of rules")));
        }
        Map<String, String> files = new TreeMap<>();
        List<Diagnostic> unreadable = new ArrayList<>();
        String shown = dir.toString().replace('\\', '/');
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".drl") || rel.endsWith(".yaml")) {
                    try {
                        files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                    } catch (java.nio.charset.CharacterCodingException e) {
                        unreadable.add(Diagnostic.error(
                                shown + "/" + rel,
                                1,
                                1,
                                "not UTF-8 text (" + e.getClass().getSimpleName()
                                        + "); rule and parameter files are UTF-8 text"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!unreadable.isEmpty()) {
            throw new RuleSetException(unreadable);
        }
        return files;
    }

    /** {@code sha256:} over every file's relative path and content, in path order. */
    public static String identity(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
