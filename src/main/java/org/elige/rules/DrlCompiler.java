package org.elige.rules;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.SessionsAwareKnowledgeBase;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Compiles DRL files with the classic (run-time) Drools build, or the executable model, into one
 * KieBase, or reports every compiler message as {@code <dir>/<path>.drl:<line>:<col>: <message>}.
 */
final class DrlCompiler {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("The method (\\w+)\\(|'(\\w+)'|(\\S+) cannot be resolved");
    private static final Pattern EXPECTING = Pattern.compile("expecting \\{.{80,}\\}");
    private static final String ROOT = "src/main/resources/rules/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private DrlCompiler() {}

    /**
     * Compiles the DRL files into one KieBase, or returns null with every error in {@code problems}.
     * The classic build goes package by package through the {@link PackageCache}: unchanged
     * packages are read back, the others compiled together and stored; the KieBase is always
     * assembled from stored packages, so a cached rule set is the one that was just compiled.
     *
     * @param drl relative path to DRL text; {@code dir} is how the folder is shown in messages
     */
    static KieBase compile(
            Map<String, String> drl,
            String dir,
            String hash,
            BuildMode mode,
            PackageCache cache,
            List<Diagnostic> problems) {
        if (mode == BuildMode.EXECUTABLE_MODEL) {
            KieBuilder builder = build(drl, dir, hash, mode, problems);
            return builder == null ? null : kieBase(builder);
        }
        Map<String, Map<String, String>> byPackage = byPackage(drl);
        List<KiePackage> packages = new ArrayList<>();
        Map<String, String> missing = new TreeMap<>();
        for (Map<String, String> files : byPackage.values()) {
            PackageCache.Entry hit = cache.get(PackageCache.key(files));
            if (hit == null) {
                missing.putAll(files);
            } else {
                packages.addAll(hit.packages());
                hit.warnings().forEach(w -> problems.add(w.in(dir)));
            }
        }
        if (!missing.isEmpty()) {
            int before = problems.size();
            KieBuilder builder = build(missing, dir, hash, mode, problems);
            if (builder == null) {
                return null;
            }
            KieBase built = kieBase(builder);
            List<Diagnostic> warnings = problems.subList(before, problems.size());
            byPackage.forEach((name, files) -> {
                if (missing.keySet().containsAll(files.keySet())) {
                    KiePackage compiled = built.getKiePackage(name.isEmpty() ? "defaultpkg" : name);
                    List<PackageCache.Warning> own = new ArrayList<>();
                    for (Diagnostic w : warnings) {
                        String file = w.file()
                                .substring(Math.min(dir.length() + 1, w.file().length()));
                        if (files.containsKey(file)) {
                            own.add(new PackageCache.Warning(file, w.line(), w.column(), w.message()));
                        }
                    }
                    byte[] bytes = PackageCache.write(new PackageCache.Entry(
                            compiled == null ? new ArrayList<>() : new ArrayList<>(List.of(compiled)), own));
                    cache.put(PackageCache.key(files), bytes);
                    try {
                        packages.addAll(((PackageCache.Entry) PackageCache.read(bytes)).packages());
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        try {
            return assemble(packages);
        } catch (RuntimeException e) {
            problems.add(Diagnostic.error(dir, 1, 1, "the rule packages do not fit together: " + firstLine(e)));
            return null;
        }
    }

    /** Files grouped by the package they declare ({@code ""} when none), in path order. */
    static Map<String, Map<String, String>> byPackage(Map<String, String> drl) {
        Map<String, Map<String, String>> groups = new TreeMap<>();
        drl.forEach((path, text) -> {
            Matcher m = PACKAGE.matcher(text);
            groups.computeIfAbsent(m.find() ? m.group(1) : "", k -> new TreeMap<>())
                    .put(path, text);
        });
        return groups;
    }

    private static KieBase assemble(List<KiePackage> packages) {
        KieBaseConfiguration conf =
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, DrlCompiler.class.getClassLoader());
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailures.class));
        InternalRuleBase base = RuleBaseFactory.newRuleBase(conf);
        base.addPackages(
                packages.stream().map(InternalKnowledgePackage.class::cast).toList());
        return new SessionsAwareKnowledgeBase(base);
    }

    /** Runs the Drools build; null (with the errors reported) when any file does not compile. */
    private static KieBuilder build(
            Map<String, String> drl, String dir, String hash, BuildMode mode, List<Diagnostic> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId(
                "org.elige.rules", "ruleset", "1." + BUILDS.incrementAndGet() + "." + hash.substring(7, 19));
        kfs.generateAndWritePomXML(release);
        drl.forEach((path, text) -> kfs.write(ROOT + path, text));
        int before = problems.size();
        try {
            KieBuilder builder = quietly(() -> mode == BuildMode.EXECUTABLE_MODEL
                    ? ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class)
                    : ks.newKieBuilder(kfs).buildAll());
            List<Message> messages = builder.getResults().getMessages();
            for (Message m : messages) {
                boolean followOn = m.getText().contains("Parser returned a null Package") && messages.size() > 1;
                if ((m.getLevel() == Message.Level.ERROR || m.getLevel() == Message.Level.WARNING) && !followOn) {
                    problems.add(diagnostic(m, dir, drl));
                }
            }
            return problems.subList(before, problems.size()).stream().anyMatch(Diagnostic::isError) ? null : builder;
        } catch (RuntimeException e) {
            problems.add(Diagnostic.error(dir, 1, 1, "the rule compiler failed: " + firstLine(e)));
            return null;
        }
    }

    /** The KieBase of a successful build; the build's module leaves Drools' process-wide repository. */
    private static KieBase kieBase(KieBuilder builder) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId release = builder.getKieModule().getReleaseId();
        KieContainer container = ks.newKieContainer(release);
        var conf = ks.newKieBaseConfiguration();
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailures.class));
        KieBase base = container.newKieBase(conf);
        ks.getRepository().removeKieModule(release);
        return base;
    }

    private static Diagnostic diagnostic(Message m, String dir, Map<String, String> drl) {
        String path = m.getPath() == null ? "" : m.getPath().replace(ROOT, "").replaceFirst("^rules/", "");
        String file = path.isEmpty() ? dir : dir + "/" + path;
        String text = m.getText()
                .replaceAll("\\s+", " ")
                .replace("Rule Compilation error ", "")
                .trim();
        text = EXPECTING.matcher(text).replaceAll("(the rule is not finished: check brackets and 'end')");
        int line = Math.max(m.getLine(), 1);
        int col = 1;
        Matcher lc = LINE_COL.matcher(text);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            col = Integer.parseInt(lc.group(2)) + 1;
        } else {
            int[] at = locate(drl.getOrDefault(path, ""), line, text);
            line = at[0];
            col = at[1];
        }
        return m.getLevel() == Message.Level.ERROR
                ? Diagnostic.error(file, line, col, text)
                : Diagnostic.warning(file, line, col, text);
    }

    /**
     * Drools reports consequence errors at the rule's first line: find the offending name (an
     * undefined method, an unresolved type or variable) from there on.
     */
    static int[] locate(String source, int line, String message) {
        Matcher t = TOKEN.matcher(message);
        if (!t.find()) {
            return new int[] {line, 1};
        }
        String token = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
        String[] lines = source.split("\n", -1);
        for (int i = line - 1; i >= 0 && i < lines.length; i++) {
            Matcher w = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w])")
                    .matcher(lines[i]);
            if (w.find()) {
                return new int[] {i + 1, w.start() + 1};
            }
        }
        return new int[] {line, 1};
    }

    /**
     * The DRL 10 parser prints syntax errors to standard error; they are reported as diagnostics
     * instead. Standard error is filtered once for the process and drops what is written while any
     * build or parse runs, so builds and parses on several threads need no lock.
     */
    static <T> T quietly(java.util.function.Supplier<T> build) {
        QuietErr.install();
        QuietErr.SECTIONS.incrementAndGet();
        try {
            return build.get();
        } finally {
            QuietErr.SECTIONS.decrementAndGet();
        }
    }

    private static final class QuietErr extends java.io.OutputStream {
        static final java.util.concurrent.atomic.AtomicInteger SECTIONS =
                new java.util.concurrent.atomic.AtomicInteger();
        private final java.io.PrintStream err;

        private QuietErr(java.io.PrintStream err) {
            this.err = err;
        }

        static synchronized void install() {
            if (!(System.err instanceof Filtered)) {
                System.setErr(new Filtered(new QuietErr(System.err)));
            }
        }

        @Override
        public void write(int b) {
            if (SECTIONS.get() == 0) {
                err.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (SECTIONS.get() == 0) {
                err.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        private static final class Filtered extends java.io.PrintStream {
            Filtered(QuietErr out) {
                super(out, true);
            }
        }
    }

    private static String firstLine(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        return e.getClass().getSimpleName() + ": " + msg.lines().findFirst().orElse("");
    }
}
