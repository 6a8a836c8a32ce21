package org.elige.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL files with the classic (run-time) Drools build into one KieBase, or reports every
 * compiler message as {@code <dir>/<path>.drl:<line>:<col>: <message>}.
 */
final class DrlCompiler {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final String ROOT = "src/main/resources/rules/";

    private DrlCompiler() {
    }

    /** @param drl relative path to DRL text; {@code dir} is how the folder is shown in messages */
    static KieBase compile(Map<String, String> drl, String dir, String hash, List<Diagnostic> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.elige.rules", "ruleset",
                "1." + BUILDS.incrementAndGet() + "." + hash.substring(7, 19));
        kfs.generateAndWritePomXML(release);
        drl.forEach((path, text) -> kfs.write(ROOT + path, text));
        int before = problems.size();
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
            for (Message m : builder.getResults().getMessages()) {
                if (m.getLevel() == Message.Level.ERROR || m.getLevel() == Message.Level.WARNING) {
                    problems.add(diagnostic(m, dir));
                }
            }
            if (problems.subList(before, problems.size()).stream().anyMatch(Diagnostic::isError)) {
                return null;
            }
            KieContainer container = ks.newKieContainer(release);
            var conf = ks.newKieBaseConfiguration();
            conf.setOption(KieBaseMutabilityOption.DISABLED);
            KieBase base = container.newKieBase(conf);
            ks.getRepository().removeKieModule(release);
            return base;
        } catch (RuntimeException e) {
            problems.add(Diagnostic.error(dir, 1, 1, "the rule compiler failed: " + firstLine(e)));
            return null;
        }
    }

    private static Diagnostic diagnostic(Message m, String dir) {
        String path = m.getPath() == null ? "" : m.getPath().replace(ROOT, "");
        String file = path.isEmpty() ? dir : dir + "/" + path;
        String text = m.getText().replaceAll("\\s+", " ").trim();
        int line = Math.max(m.getLine(), 1);
        int col = 1;
        Matcher lc = LINE_COL.matcher(text);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            col = Integer.parseInt(lc.group(2)) + 1;
        }
        return m.getLevel() == Message.Level.ERROR ? Diagnostic.error(file, line, col, text)
                : Diagnostic.warning(file, line, col, text);
    }

    private static String firstLine(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        return e.getClass().getSimpleName() + ": " + msg.lines().findFirst().orElse("");
    }
}
