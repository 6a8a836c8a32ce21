package org.elige.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.model.Text;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads every rule's metadata and checks the rule set is whole: each rule is a criterion of a
 * declared program or a program's benefit, with a citation and sentences in both languages; each
 * declared criterion has a rule; rules for one criterion apply on disjoint dates.
 */
final class RuleIndex {
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+\"([^\"]*)\"");

    private RuleIndex() {}

    static Map<String, RuleInfo> index(
            KieBase base,
            Map<String, Program> programs,
            Map<String, String> drl,
            String dir,
            List<Diagnostic> problems) {
        Map<String, String> criterionProgram = new LinkedHashMap<>();
        programs.values().forEach(p -> p.criteria().forEach(c -> criterionProgram.put(c, p.id())));
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, String[]> written = locations(drl, dir);
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String[] where =
                        written.getOrDefault(rule.getPackageName() + "." + rule.getName(), new String[] {dir, "1"});
                RuleInfo info = info(rule, where, criterionProgram, programs, problems);
                if (info != null) {
                    rules.put(rule.getPackageName() + "." + rule.getName(), info);
                }
            }
        }
        coverage(programs, rules, dir, problems);
        return rules;
    }

    /** @param where the rule's file and line */
    private static RuleInfo info(
            Rule rule,
            String[] where,
            Map<String, String> criterionProgram,
            Map<String, Program> programs,
            List<Diagnostic> problems) {
        Map<String, Object> meta = rule.getMetaData();
        String file = where[0];
        int line = Integer.parseInt(where[1]);
        String criterion = meta(meta, "criterion");
        String benefit = meta(meta, "benefit");
        if (criterion == null && benefit == null) {
            problems.add(Diagnostic.error(
                    file,
                    line,
                    1,
                    "rule \"" + rule.getName() + "\" has neither @criterion(\"ID\") nor @benefit(\"PROGRAM\")"));
            return null;
        }
        String program = criterion != null ? criterionProgram.get(criterion) : benefit;
        if (program == null || !programs.containsKey(program)) {
            problems.add(
                    criterion != null
                            ? Diagnostic.error(
                                            file,
                                            line,
                                            1,
                                            "criterion " + criterion
                                                    + " is not listed in the criteria of any program.yaml")
                                    .withFix("list " + criterion
                                            + " under 'criteria' in its program's program.yaml, or correct @criterion;"
                                            + " if that program.yaml has an error of its own, fix that first")
                            : Diagnostic.error(
                                            file,
                                            line,
                                            1,
                                            "@benefit names " + benefit + ", which no program.yaml declares")
                                    .withFix(
                                            "name the id of a program declared in a program.yaml; if that program.yaml has an error"
                                                    + " of its own, fix that first"));
            return null;
        }
        Text found = new Text(meta(meta, "es_found"), meta(meta, "en_found"));
        Text needs = new Text(meta(meta, "es_needs"), meta(meta, "en_needs"));
        if (criterion != null) {
            require(meta, file, line, problems, "citation", "es_found", "en_found", "es_needs", "en_needs");
        } else {
            require(meta, file, line, problems, "es_found", "en_found");
        }
        LocalDate from = date(meta, "valid_from", file, line, problems);
        LocalDate until = date(meta, "valid_until", file, line, problems);
        return new RuleInfo(
                criterion, program, rule.getName(), meta(meta, "citation"), found, needs, from, until, file, line);
    }

    private static void coverage(
            Map<String, Program> programs, Map<String, RuleInfo> rules, String dir, List<Diagnostic> problems) {
        Map<String, List<RuleInfo>> byCriterion = new HashMap<>();
        rules.values().stream()
                .filter(r -> r.criterion() != null)
                .forEach(r -> byCriterion
                        .computeIfAbsent(r.criterion(), k -> new ArrayList<>())
                        .add(r));
        for (Program p : programs.values()) {
            for (String c : p.criteria()) {
                List<RuleInfo> versions = byCriterion.getOrDefault(c, List.of());
                if (versions.isEmpty()) {
                    problems.add(Diagnostic.error(
                            dir + "/" + p.folder() + "/program.yaml",
                            1,
                            1,
                            "criterion " + c + " of " + p.id() + " has no rule with @criterion(\"" + c + "\")"));
                }
                overlaps(versions, problems);
            }
        }
    }

    private static void overlaps(List<RuleInfo> versions, List<Diagnostic> problems) {
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                RuleInfo a = versions.get(i);
                RuleInfo b = versions.get(j);
                boolean disjoint = (a.validUntil() != null
                                && b.validFrom() != null
                                && a.validUntil().isBefore(b.validFrom()))
                        || (b.validUntil() != null
                                && a.validFrom() != null
                                && b.validUntil().isBefore(a.validFrom()));
                if (!disjoint) {
                    problems.add(Diagnostic.error(
                            b.file(),
                            b.line(),
                            1,
                            "rules \"" + a.name() + "\" and \"" + b.name() + "\" both decide " + a.criterion()
                                    + " on some dates: give them disjoint @valid_from/@valid_until"));
                }
            }
        }
    }

    private static void require(
            Map<String, Object> meta, String file, int line, List<Diagnostic> problems, String... keys) {
        for (String k : keys) {
            if (meta(meta, k) == null) {
                problems.add(Diagnostic.error(file, line, 1, "rule is missing @" + k + "(\"...\")"));
            }
        }
    }

    private static LocalDate date(
            Map<String, Object> meta, String key, String file, int line, List<Diagnostic> problems) {
        String v = meta(meta, key);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(Diagnostic.error(file, line, 1, "@" + key + "(\"" + v + "\") is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** Metadata values as plain strings, whatever quoting the compiler kept. */
    static String meta(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? null : s;
    }

    /**
     * Where each rule is written, {@code package.name} to its file and line, from one pass over
     * each file (a rule set may hold thousands of rules).
     */
    private static Map<String, String[]> locations(Map<String, String> drl, String dir) {
        Map<String, String[]> at = new HashMap<>();
        DrlCompiler.byPackage(drl)
                .forEach((pkg, files) -> files.forEach((path, text) -> {
                    Matcher m = RULE.matcher(text);
                    int line = 1;
                    int counted = 0;
                    while (m.find()) {
                        for (; counted < m.start(); counted++) {
                            line += text.charAt(counted) == '\n' ? 1 : 0;
                        }
                        at.putIfAbsent(pkg + "." + m.group(1), new String[] {dir + "/" + path, String.valueOf(line)});
                    }
                }));
        return at;
    }
}
