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
    private final Map<String, LongAdder> limited = new ConcurrentHashMap<>();
    private final Map<Stage, Histogram> stages = new EnumMap<>(Stage.class);

    /** The steps of {@code POST /evaluations}, timed one by one to show where a request's time goes. */
    enum Stage {
        /** Parsing the body, the schema and record checks, binding the facts. */
        READ,
        /** Deciding every program. */
        EVALUATE,
        /** The log entry: canonical input and decision, their hashes. */
        HASH,
        /** Waiting for the decision log's group commit. */
        RECORD,
        /** Serialising the decision into the answer. */
        WRITE
    }

    Metrics() {
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, new LongAdder());
        }
        for (Stage s : Stage.values()) {
            stages.put(s, new Histogram());
        }
    }

    /** One step of an evaluation took {@code nanos}. */
    void stage(Stage stage, long nanos) {
        stages.get(stage).observe(nanos / 1e9);
    }

    /** One answered request; {@code route} is the route template, never the raw path, to bound the series. */
    void request(String method, String route, int status, double seconds) {
        String labels = "method=\"" + method + "\",route=\"" + escape(route) + "\",";
        requests.computeIfAbsent(labels + "status=\"" + status + "\"", k -> new LongAdder())
                .increment();
        latencies.computeIfAbsent(labels, k -> new Histogram()).observe(seconds);
    }

    /** One decision made, and each of its results by outcome. */
    void decided(Decision d) {
        decisions.increment();
        for (Result r : d.results()) {
            outcomes.get(r.outcome()).increment();
        }
    }

    /**
     * One request stopped by a limit: {@code per_token} (429), {@code max_active} (503),
     * {@code body_timeout} (408) or {@code time_limit} (503).
     */
    void limited(String reason) {
        limited.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    String text(ActiveRuleSet rules) {
        return text(rules, null, true, 0);
    }

    /**
     * @param log      the decision log writer's state, or null
     * @param ready    what readiness says now
     * @param active   API requests in progress
     */
    String text(ActiveRuleSet rules, Journal.Health log, boolean ready, int active) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP elige_http_requests_total HTTP requests answered, by method, route and status.\n");
        out.append("# TYPE elige_http_requests_total counter\n");
        new TreeMap<>(requests)
                .forEach((k, v) -> out.append("elige_http_requests_total{")
                        .append(k)
                        .append("} ")
                        .append(v.sum())
                        .append('\n'));
        out.append("# HELP elige_http_request_duration_seconds Time to answer, by method and route.\n");
        out.append("# TYPE elige_http_request_duration_seconds histogram\n");
        new TreeMap<>(latencies).forEach((k, h) -> h.write(out, "elige_http_request_duration_seconds", k));
        out.append(
                "# HELP elige_evaluation_stage_seconds Time of each step of POST /evaluations: read, evaluate, hash, record, write.\n");
        out.append("# TYPE elige_evaluation_stage_seconds histogram\n");
        stages.forEach((s, h) -> h.write(
                out,
                "elige_evaluation_stage_seconds",
                "stage=\"" + s.name().toLowerCase(java.util.Locale.ROOT) + "\","));
        out.append("# HELP elige_decisions_total Decisions made (one per household record evaluated).\n");
        out.append("# TYPE elige_decisions_total counter\n");
        out.append("elige_decisions_total ").append(decisions.sum()).append('\n');
        out.append("# HELP elige_results_total Program results in the decisions made, by outcome.\n");
        out.append("# TYPE elige_results_total counter\n");
        outcomes.forEach((o, n) -> out.append("elige_results_total{outcome=\"")
                .append(o)
                .append("\"} ")
                .append(n.sum())
                .append('\n'));
        out.append("# HELP elige_rule_reloads_total Rule reloads, by result (swapped or refused).\n");
        out.append("# TYPE elige_rule_reloads_total counter\n");
        out.append("elige_rule_reloads_total{result=\"swapped\"} ")
                .append(rules.reloads())
                .append('\n');
        out.append("elige_rule_reloads_total{result=\"refused\"} ")
                .append(rules.refusedReloads())
                .append('\n');
        out.append(
                "# HELP elige_http_limited_total Requests stopped by a limit, by limit (per_token, max_active, body_timeout, time_limit).\n");
        out.append("# TYPE elige_http_limited_total counter\n");
        for (String reason : new String[] {"per_token", "max_active", "body_timeout", "time_limit"}) {
            LongAdder n = limited.get(reason);
            out.append("elige_http_limited_total{limit=\"")
                    .append(reason)
                    .append("\"} ")
                    .append(n == null ? 0 : n.sum())
                    .append('\n');
        }
        out.append("# HELP elige_http_requests_in_progress API requests being served now (those that need a token).\n");
        out.append("# TYPE elige_http_requests_in_progress gauge\n");
        out.append("elige_http_requests_in_progress ").append(active).append('\n');
        out.append(
                "# HELP elige_ready 1 when the service is ready (rules loaded, decision log writable, its writer running), else 0.\n");
        out.append("# TYPE elige_ready gauge\n");
        out.append("elige_ready ").append(ready ? 1 : 0).append('\n');
        if (log != null) {
            out.append(
                    "# HELP elige_log_writer_up 1 while the decision log writer runs and no write has stalled, else 0.\n");
            out.append("# TYPE elige_log_writer_up gauge\n");
            out.append("elige_log_writer_up ")
                    .append(log.alive() && !log.stalled() ? 1 : 0)
                    .append('\n');
            out.append("# HELP elige_log_commits_total Decision log transactions committed.\n");
            out.append("# TYPE elige_log_commits_total counter\n");
            out.append("elige_log_commits_total ").append(log.committed()).append('\n');
            out.append(
                    "# HELP elige_log_write_failures_total Failed writes to the decision log (a transaction or the idle write check), whatever the cause: database error, out of memory.\n");
            out.append("# TYPE elige_log_write_failures_total counter\n");
            out.append("elige_log_write_failures_total ").append(log.failures()).append('\n');
            out.append(
                    "# HELP elige_log_refused_total Requests answered 503 by the log writer: it had stopped or stalled (answered at once), or their time ran out waiting on it.\n");
            out.append("# TYPE elige_log_refused_total counter\n");
            out.append("elige_log_refused_total ").append(log.refused()).append('\n');
            out.append("# HELP elige_log_pending Entries waiting for the decision log writer.\n");
            out.append("# TYPE elige_log_pending gauge\n");
            out.append("elige_log_pending ").append(log.pending()).append('\n');
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
