package org.elige.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.ParamUse;
import org.elige.model.Result;

/** The changes between one household's decisions under a base and a candidate rule set. */
final class Compare {

    private Compare() {}

    static List<Change> changes(long line, String state, Decision base, Decision candidate) {
        Map<String, Result> b = byKey(base);
        Map<String, Result> c = byKey(candidate);
        LinkedHashSet<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(c.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            Result x = b.get(key);
            Result y = c.get(key);
            if (x == null || y == null || x.outcome() != y.outcome() || !same(amount(x), amount(y))) {
                changes.add(change(line, state, candidate.householdId(), x, y));
            }
        }
        return changes;
    }

    private static Change change(long line, String state, String household, Result x, Result y) {
        Result some = x != null ? x : y;
        String unit = y != null && y.benefit() != null
                ? y.benefit().unit()
                : x != null && x.benefit() != null ? x.benefit().unit() : null;
        return new Change(
                line,
                household,
                state,
                some.program(),
                some.unit().kind(),
                some.unit().id(),
                x == null ? null : x.outcome().name(),
                y == null ? null : y.outcome().name(),
                amount(x),
                amount(y),
                unit,
                criteria(x, y),
                parameters(x, y));
    }

    private static List<String> criteria(Result x, Result y) {
        Map<String, String> b = statuses(x);
        Map<String, String> c = statuses(y);
        LinkedHashSet<String> ids = new LinkedHashSet<>(b.keySet());
        ids.addAll(c.keySet());
        return ids.stream()
                .filter(id -> !Objects.equals(b.get(id), c.get(id)))
                .map(id -> id + " " + b.getOrDefault(id, "absent") + " → " + c.getOrDefault(id, "absent"))
                .toList();
    }

    private static List<String> parameters(Result x, Result y) {
        Map<String, String> b = values(x);
        Map<String, String> c = values(y);
        TreeMap<String, String> all = new TreeMap<>(b);
        all.putAll(c);
        return all.keySet().stream()
                .filter(k -> b.containsKey(k) && c.containsKey(k) && !b.get(k).equals(c.get(k)))
                .map(k -> k + " " + b.get(k) + " → " + c.get(k))
                .toList();
    }

    private static Map<String, String> statuses(Result r) {
        Map<String, String> m = new LinkedHashMap<>();
        if (r != null) {
            r.criteria().forEach(f -> m.put(f.id(), f.status().name()));
        }
        return m;
    }

    /** Every parameter value the result used, in its criteria and its benefit. */
    private static Map<String, String> values(Result r) {
        Map<String, String> m = new TreeMap<>();
        if (r == null) {
            return m;
        }
        for (Finding f : r.criteria()) {
            f.parameters().forEach((k, v) -> m.put(k, text(v)));
        }
        if (r.benefit() != null && r.benefit().parameters() != null) {
            r.benefit().parameters().forEach((k, v) -> m.put(k, text(v)));
        }
        return m;
    }

    private static String text(ParamUse use) {
        Object v = use.value();
        return v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    private static Map<String, Result> byKey(Decision d) {
        Map<String, Result> m = new LinkedHashMap<>();
        d.results()
                .forEach(r -> m.put(
                        r.program() + " " + r.unit().kind() + " " + r.unit().id(), r));
        return m;
    }

    static BigDecimal amount(Result r) {
        return r == null || r.benefit() == null ? null : r.benefit().amount();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
