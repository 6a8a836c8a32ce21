package org.elige.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.elige.model.Decision;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.rules.ActiveRuleSet;

/**
 * The service's counters in the Prometheus text format (version 0.0.4): requests by method, route
 * and status with their latencies, decisions made and their results per outcome, and rule reloads.
 */
final class Metrics {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
    private final Map<Outcome, LongAdder> outcomes = new EnumMap<>(Outcome.class);
    private final LongAdder decisions = new LongAdder();

    Metrics() {
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, new LongAdder());
        }
    }

    /** One answered request; {@code route} is the route template, never the raw path, to bound the series. */
    void request(String method, String route, int status, double seconds) {
        String labels = "method=\"" + method + "\",route=\"" + escape(route) + "\",";
        requests.computeIfAbsent(labels + "status=\"" + status + "\"", k -> new LongAdder()).increment();
        latencies.computeIfAbsent(labels, k -> new Histogram()).observe(seconds);
    }

    /** One decision made, and each of its results by outcome. */
    void decided(Decision d) {
        decisions.increment();
        for (Result r : d.results()) {
            outcomes.get(r.outcome()).increment();
        }
    }

    String text(ActiveRuleSet rules) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP elige_http_requests_total HTTP requests answered, by method, route and status.\n");
        out.append("# TYPE elige_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> out.append("elige_http_requests_total{").append(k).append("} ")
                .append(v.sum()).append('\n'));
        out.append("# HELP elige_http_request_duration_seconds Time to answer, by method and route.\n");
        out.append("# TYPE elige_http_request_duration_seconds histogram\n");
        new TreeMap<>(latencies).forEach((k, h) -> h.write(out, "elige_http_request_duration_seconds", k));
        out.append("# HELP elige_decisions_total Decisions made (one per household record evaluated).\n");
        out.append("# TYPE elige_decisions_total counter\n");
        out.append("elige_decisions_total ").append(decisions.sum()).append('\n');
        out.append("# HELP elige_results_total Program results in the decisions made, by outcome.\n");
        out.append("# TYPE elige_results_total counter\n");
        outcomes.forEach((o, n) -> out.append("elige_results_total{outcome=\"").append(o).append("\"} ")
                .append(n.sum()).append('\n'));
        out.append("# HELP elige_rule_reloads_total Rule reloads, by result (swapped or refused).\n");
        out.append("# TYPE elige_rule_reloads_total counter\n");
        out.append("elige_rule_reloads_total{result=\"swapped\"} ").append(rules.reloads()).append('\n');
        out.append("elige_rule_reloads_total{result=\"refused\"} ").append(rules.refusedReloads()).append('\n');
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
