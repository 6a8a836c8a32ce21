package org.elige.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;
import org.elige.rules.YamlFile;

/**
 * A rule folder read as text, not compiled: its DRL files parsed into rules, its program and
 * parameter files, and its {@code lint.yaml}. A file that does not parse is left out here; the
 * loader reports it.
 *
 * @param shown how the folder is named in messages, e.g. {@code rules}
 */
public record RuleFolder(
        String shown, List<DrlFile> drl, List<ProgramDecl> programs, List<ParamDecl> params, LintConfig config) {

    public static RuleFolder read(Path dir) throws RuleSetException {
        return of(dir.toString().replace('\\', '/'), RuleSetLoader.read(dir));
    }

    /** @param files relative path to text, as {@link RuleSetLoader#read} gives them */
    public static RuleFolder of(String shown, Map<String, String> files) {
        // DRL files parse on every core (the DRL 10 parser is slow until warm), kept in path order.
        List<DrlFile> drl = files.entrySet().parallelStream()
                .filter(f -> f.getKey().endsWith(".drl"))
                .map(f -> DrlFile.parse(f.getKey(), shown + "/" + f.getKey(), f.getValue()))
                .toList();
        List<ProgramDecl> programs = new ArrayList<>();
        List<ParamDecl> params = new ArrayList<>();
        LintConfig config = LintConfig.none();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey();
            String name = path.substring(path.lastIndexOf('/') + 1);
            String where = shown + "/" + path;
            if (name.equals("program.yaml")) {
                yaml(where, f.getValue()).ifPresent(y -> programs.add(ProgramDecl.read(y, folder(path))));
            } else if (name.equals("parameters.yaml")) {
                yaml(where, f.getValue()).ifPresent(y -> params.addAll(ParamDecl.read(y, f.getValue())));
            } else if (path.equals(LintConfig.FILE)) {
                config = yaml(where, f.getValue()).map(LintConfig::read).orElse(config);
            }
        }
        return new RuleFolder(shown, drl, List.copyOf(programs), List.copyOf(params), config);
    }

    private static Optional<YamlFile> yaml(String name, String text) {
        try {
            return Optional.of(YamlFile.parse(name, text));
        } catch (RuleSetException e) {
            return Optional.empty();
        }
    }

    private static String folder(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    }

    public List<DrlRule> rules() {
        return drl.stream().flatMap(f -> f.rules().stream()).toList();
    }

    /** The program a rule belongs to: the one listing its criterion, or the one its @benefit names. */
    public Optional<ProgramDecl> programOf(DrlRule rule) {
        String c = rule.criterion();
        String b = rule.benefit();
        return programs.stream()
                .filter(p -> c != null ? p.criteria().contains(c) : p.id().equals(b))
                .findFirst();
    }

    /** The ids of the programs with a rule that reads the parameter. */
    public Set<String> programsReading(String key) {
        Set<String> ids = new TreeSet<>();
        for (DrlRule r : rules()) {
            if (ParameterUse.readBy(r).contains(key)) {
                programOf(r).ifPresent(p -> ids.add(p.id()));
            }
        }
        return ids;
    }

    /** The dates a rule decides on: its program's {@code period}, narrowed by its own @valid_from/@valid_until. */
    public Period window(DrlRule rule) {
        Period own = new Period(rule.validFrom(), rule.validUntil());
        return programOf(rule).map(p -> p.known().intersect(own)).orElse(own);
    }

    public Optional<ParamDecl> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
