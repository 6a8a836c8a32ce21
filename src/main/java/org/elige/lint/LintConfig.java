package org.elige.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.elige.rules.YamlFile;
import tools.jackson.databind.JsonNode;

/**
 * {@code lint.yaml} at the top of a rule folder (optional): numbers allowed in conditions besides
 * 0 and 1 ({@code allow_numbers}), and warnings kept on purpose, each with its reason
 * ({@code accept: [{code, subject, reason}]}). An accepted warning that no longer occurs is
 * itself reported, so the list stays true.
 */
public record LintConfig(YamlFile yaml, Set<BigDecimal> numbers, List<Accept> accepts, List<LintFinding> problems) {
    public static final String FILE = "lint.yaml";
    static final Set<BigDecimal> ALWAYS_ALLOWED = Set.of(BigDecimal.ZERO, BigDecimal.ONE);

    /** A warning accepted on purpose, and where the entry is written. */
    public record Accept(Code code, String subject, int[] at) {}

    public static LintConfig none() {
        return new LintConfig(null, ALWAYS_ALLOWED, List.of(), List.of());
    }

    public static LintConfig read(YamlFile yaml) {
        Set<BigDecimal> numbers = new HashSet<>(ALWAYS_ALLOWED);
        List<LintFinding> problems = new ArrayList<>();
        JsonNode list = yaml.root().path("allow_numbers");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isNumber()) {
                numbers.add(list.get(i).decimalValue().stripTrailingZeros());
            } else {
                problems.add(problem(
                        yaml,
                        "/allow_numbers/" + i,
                        "allow_numbers takes numbers, not '" + list.get(i).asString() + "'"));
            }
        }
        List<Accept> accepts = new ArrayList<>();
        JsonNode acc = yaml.root().path("accept");
        for (int i = 0; i < acc.size(); i++) {
            Accept a = accept(yaml, "/accept/" + i, acc.get(i), problems);
            if (a != null) {
                accepts.add(a);
            }
        }
        return new LintConfig(yaml, Set.copyOf(numbers), List.copyOf(accepts), List.copyOf(problems));
    }

    private static Accept accept(YamlFile yaml, String at, JsonNode n, List<LintFinding> problems) {
        Code code;
        try {
            code = Code.valueOf(n.path("code").asString(""));
        } catch (IllegalArgumentException e) {
            problems.add(problem(
                    yaml,
                    at,
                    "accept needs a code such as ELG003, not '" + n.path("code").asString("") + "'"));
            return null;
        }
        if (code.severity() != org.elige.rules.Diagnostic.Severity.WARNING) {
            problems.add(problem(yaml, at, code + " is an error and cannot be accepted"));
            return null;
        }
        if (n.path("subject").asString("").isBlank()
                || n.path("reason").asString("").isBlank()) {
            problems.add(problem(yaml, at, "accept needs a subject (what the warning is about) and a reason"));
            return null;
        }
        return new Accept(code, n.path("subject").asString(), Where.of(yaml, at));
    }

    private static LintFinding problem(YamlFile yaml, String at, String message) {
        return LintFinding.of(Code.ELG019, yaml.name(), Where.of(yaml, at), FILE, message);
    }

    public boolean allows(BigDecimal n) {
        return numbers.contains(n.stripTrailingZeros()) || n.signum() == 0;
    }

    /** The findings without the accepted warnings, plus one ELG018 per acceptance that matched nothing. */
    public List<LintFinding> apply(List<LintFinding> findings) {
        List<LintFinding> out = new ArrayList<>(problems);
        Set<Accept> used = new HashSet<>();
        for (LintFinding f : findings) {
            Accept a = accepts.stream()
                    .filter(x -> x.code() == f.code() && x.subject().equals(f.subject()))
                    .findFirst()
                    .orElse(null);
            if (a == null || f.isError()) {
                out.add(f);
            } else {
                used.add(a);
            }
        }
        accepts.stream()
                .filter(a -> !used.contains(a))
                .forEach(a -> out.add(LintFinding.of(
                        Code.ELG018,
                        yaml.name(),
                        a.at(),
                        a.code() + " " + a.subject(),
                        "lint.yaml accepts " + a.code() + " for '" + a.subject() + "', which no longer occurs")));
        return out;
    }
}
