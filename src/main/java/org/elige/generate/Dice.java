package org.elige.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The random choices of one household: deterministic, with helpers for realistic values. */
final class Dice {
    private static final double ABSENT = 0.03;
    private final SplittableRandom random;
    private final LocalDate date;

    Dice(SplittableRandom random, LocalDate date) {
        this.random = random;
        this.date = date;
    }

    LocalDate date() {
        return date;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double decimal(double low, double high) {
        return Math.round(random.nextDouble(low, high) * 100) / 100.0;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    int pickInt(int... options) {
        return options[random.nextInt(options.length)];
    }

    double pickDouble(double... options) {
        return options[random.nextInt(options.length)];
    }

    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A birth date giving this age at the evaluation date; sometimes exactly on the birthday. */
    LocalDate bornAged(int age) {
        LocalDate birthday = date.minusYears(age);
        return chance(0.05) ? birthday : birthday.minusDays(between(1, 364));
    }

    /** An age that is often exactly at a threshold of the catalogue. */
    int age(int low, int high) {
        if (chance(0.15)) {
            int[] edges = {17, 18, 29, 30, 59, 60, 62, 63, 64, 65, 67, 68};
            int edge = edges[random.nextInt(edges.length)];
            if (edge >= low && edge <= high) {
                return edge;
            }
        }
        return between(low, high);
    }

    /** Monthly household income, often near the per-person poverty lines. */
    double income(int members, boolean rural) {
        double line = rural ? pickDouble(1799.17, 1856.91, 3334.24, 3396.71) : pickDouble(2363.67, 4640.16, 4718.55);
        return Math.round(members * line * random.nextDouble(0.4, 1.8));
    }

    /** Puts the value, or leaves the fact out (unknown) now and then. */
    void maybe(ObjectNode node, String field, Supplier<Object> value) {
        if (chance(ABSENT)) {
            return;
        }
        Object v = value.get();
        if (v instanceof String s) {
            node.put(field, s);
        } else if (v instanceof Integer n) {
            node.put(field, n);
        } else if (v instanceof Double d) {
            node.put(field, d);
        } else if (v instanceof Boolean b) {
            node.put(field, b);
        } else if (v instanceof JsonNode j) {
            node.set(field, j);
        } else {
            node.putNull(field);
        }
    }

    /** Removes a few facts here and there, as registers do. */
    void dropSome(ObjectNode h) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(h, objects);
        for (ObjectNode o : objects) {
            if (chance(ABSENT)) {
                List<String> names = new ArrayList<>();
                o.propertyNames().forEach(names::add);
                names.removeIf(n -> n.endsWith("_id")
                        || n.equals("schema_version")
                        || n.equals("evaluation_date")
                        || n.equals("members")
                        || n.equals("program"));
                if (!names.isEmpty()) {
                    o.remove(names.get(random.nextInt(names.size())));
                }
            }
        }
    }

    private static void collect(JsonNode n, List<ObjectNode> into) {
        if (n instanceof ObjectNode o) {
            into.add(o);
        }
        n.forEach(child -> collect(child, into));
    }
}
