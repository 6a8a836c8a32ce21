package org.elige.lint;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ELG001 and ELG002: a number or a date written into a rule where it compares a fact with a
 * threshold: anywhere in the conditions ({@code when}) and in a criterion's consequence, and in
 * the arguments of {@code BenefitBuilder} calls in a benefit's consequence. Thresholds and amounts
 * are dated parameters; 0, 1 and the numbers in {@code lint.yaml}'s {@code allow_numbers} are
 * allowed, and codes ({@code c.is(fact, "09")}) and catalogue keys ({@code c.because("reason.KEY")}) are text.
 */
final class LiteralThresholds implements LintRule {
    private static final Set<String> PROSE = Set.of("because", "item", "per");

    /** An open bracket of a call: {@code receiver.method(}, {@code new Type(}, or a plain group. */
    private record Call(String receiver, String method, boolean checker, boolean date) {}

    @Override
    public void check(RuleFolder folder, List<LintFinding> out) {
        for (DrlRule rule : folder.rules()) {
            conditions(rule, folder.config(), out);
            consequence(rule, folder.config(), out);
        }
    }

    private static void conditions(DrlRule rule, LintConfig config, List<LintFinding> out) {
        List<Token> ts = rule.lhs();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.kind() == Token.Kind.NUMBER && !allowed(t, config)) {
                out.add(number(rule, t, "in the conditions of"));
            } else if (t.kind() == Token.Kind.STRING && Literals.isDate(t.content())) {
                out.add(date(rule, t, t.text(), "in the conditions of"));
            } else if (dateCall(ts, i)) {
                out.add(date(rule, t, t.text() + "." + ts.get(i + 2).text() + "(...)", "in the conditions of"));
                i = close(ts, i + 3);
            }
        }
    }

    /** In a criterion's consequence every literal counts; in a benefit's, those passed to its BenefitBuilder. */
    private static void consequence(DrlRule rule, LintConfig config, List<LintFinding> out) {
        List<Token> ts = rule.rhs();
        Set<String> checkers = checkers(ts);
        boolean everywhere = rule.criterion() != null;
        Deque<Call> open = new ArrayDeque<>();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            boolean counts = everywhere || inChecker(open);
            if (t.is("(")) {
                Call call = call(ts, i, checkers);
                if (call.date() && counts && open.stream().noneMatch(Call::date)) {
                    out.add(date(rule, ts.get(i - 3), call.receiver() + "." + call.method() + "(...)", where(open)));
                }
                open.push(call);
            } else if (t.is(")")) {
                open.poll();
            } else if (counts && open.stream().noneMatch(Call::date)) {
                literal(rule, t, open, config, out);
            }
        }
    }

    private static void literal(DrlRule rule, Token t, Deque<Call> open, LintConfig config, List<LintFinding> out) {
        Call top = open.peek();
        boolean prose = top != null && top.checker() && PROSE.contains(top.method());
        boolean codes = prose || (top != null && top.checker() && top.method().equals("is"));
        if (t.kind() == Token.Kind.NUMBER && !allowed(t, config)) {
            out.add(number(rule, t, where(open)));
        } else if (t.kind() == Token.Kind.STRING && !prose && Literals.isDate(t.content())) {
            out.add(date(rule, t, t.text(), where(open)));
        } else if (t.kind() == Token.Kind.STRING
                && !codes
                && Literals.isNumber(t.content())
                && !config.allows(new BigDecimal(t.content()))) {
            out.add(number(rule, t, where(open)));
        }
    }

    /** Variables that hold a Check or a BenefitBuilder: declared with that type or made by out.check/out.benefit. */
    private static Set<String> checkers(List<Token> ts) {
        Set<String> vars = new HashSet<>();
        for (int i = 0; i + 2 < ts.size(); i++) {
            boolean typed = ts.get(i).isIdent("Check") || ts.get(i).isIdent("BenefitBuilder");
            if (typed
                    && ts.get(i + 1).kind() == Token.Kind.IDENT
                    && ts.get(i + 2).is("=")) {
                vars.add(ts.get(i + 1).text());
            }
            if (ts.get(i).kind() == Token.Kind.IDENT
                    && ts.get(i + 1).is("=")
                    && i + 5 < ts.size()
                    && ts.get(i + 3).is(".")
                    && (ts.get(i + 4).isIdent("check") || ts.get(i + 4).isIdent("benefit"))) {
                vars.add(ts.get(i).text());
            }
        }
        return vars;
    }

    private static Call call(List<Token> ts, int paren, Set<String> checkers) {
        Token name = paren > 0 ? ts.get(paren - 1) : null;
        if (name == null || name.kind() != Token.Kind.IDENT) {
            return new Call(null, "", false, false);
        }
        String receiver =
                paren > 2 && ts.get(paren - 2).is(".") ? ts.get(paren - 3).text() : null;
        boolean date = receiver != null && Literals.DATE_TYPES.contains(receiver);
        return new Call(receiver, name.text(), receiver != null && checkers.contains(receiver), date);
    }

    private static boolean dateCall(List<Token> ts, int i) {
        return i + 3 < ts.size()
                && Literals.DATE_TYPES.contains(ts.get(i).text())
                && ts.get(i + 1).is(".")
                && ts.get(i + 3).is("(");
    }

    /** The index of the bracket closing the one at {@code open}. */
    private static int close(List<Token> ts, int open) {
        int depth = 0;
        for (int i = open; i < ts.size(); i++) {
            depth += ts.get(i).is("(") ? 1 : ts.get(i).is(")") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return ts.size();
    }

    private static boolean inChecker(Deque<Call> open) {
        return open.stream().anyMatch(Call::checker);
    }

    /** "passed to c.atLeast in": the nearest Check or BenefitBuilder call around the literal, if any. */
    private static String where(Deque<Call> open) {
        return open.stream()
                .filter(Call::checker)
                .findFirst()
                .map(c -> "passed to " + c.receiver() + "." + c.method() + " in")
                .orElse("in the consequence of");
    }

    private static boolean allowed(Token t, LintConfig config) {
        BigDecimal n = Literals.number(t.text());
        return n != null && config.allows(n);
    }

    private static LintFinding number(DrlRule rule, Token t, String where) {
        return LintFinding.of(
                Code.ELG001,
                rule.file(),
                at(rule, t),
                rule.name() + ": " + t.text(),
                "number " + t.text() + " " + where + " rule \"" + rule.name()
                        + "\" is a threshold written into the rule");
    }

    private static LintFinding date(DrlRule rule, Token t, String literal, String where) {
        return LintFinding.of(
                Code.ELG002,
                rule.file(),
                at(rule, t),
                rule.name() + ": " + literal,
                "date " + literal + " " + where + " rule \"" + rule.name() + "\" is a threshold written into the rule");
    }

    static int[] at(DrlRule rule, Token t) {
        return new int[] {rule.source().line(t.offset()), rule.source().column(t.offset())};
    }
}
