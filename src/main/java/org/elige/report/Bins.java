package org.elige.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures counted in bins of one round width (1, 2 or 5 times a power of ten, about ten bins), for
 * a histogram and its table; one bin named by the figure when they are all the same.
 *
 * @param labels "−8,500 to −8,000" per bin, in order
 * @param counts how many figures fall in each bin (from its lower bound, up to but without its upper)
 */
public record Bins(List<String> labels, List<Long> counts) {

    /** @param to the word between a bin's bounds ("to", "a") */
    public static Bins of(List<BigDecimal> values, String to) {
        Map<BigDecimal, Long> counted = new TreeMap<>();
        values.forEach(v -> counted.merge(v, 1L, Long::sum));
        return of(counted, to);
    }

    /**
     * @param values how many times each figure occurs
     * @param to     the word between a bin's bounds ("to", "a")
     */
    public static Bins of(Map<BigDecimal, Long> values, String to) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        if (values.isEmpty()) {
            return new Bins(labels, counts);
        }
        double min = values.keySet().stream()
                .mapToDouble(BigDecimal::doubleValue)
                .min()
                .orElseThrow();
        double max = values.keySet().stream()
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElseThrow();
        if (min == max) {
            labels.add(String.format(Locale.US, "%,.2f", min));
            counts.add(values.values().stream().mapToLong(Long::longValue).sum());
            return new Bins(labels, counts);
        }
        double width = width((max - min) / 10);
        double start = Math.floor(min / width) * width;
        int n = (int) Math.floor((max - start) / width) + 1;
        for (int i = 0; i < n; i++) {
            labels.add(number(start + i * width) + " " + to + " " + number(start + (i + 1) * width));
            counts.add(0L);
        }
        for (Map.Entry<BigDecimal, Long> v : values.entrySet()) {
            int i = Math.min(n - 1, (int) Math.floor((v.getKey().doubleValue() - start) / width));
            counts.set(i, counts.get(i) + v.getValue());
        }
        return new Bins(labels, counts);
    }

    private static double width(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5}) {
            if (raw <= step * power) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double v) {
        return String.format(Locale.US, "%,.0f", v == 0 ? 0.0 : v);
    }
}
