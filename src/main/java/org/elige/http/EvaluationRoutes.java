package org.elige.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.f4b6a3.ulid.UlidCreator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.audit.Canonical;
import org.elige.audit.Entry;
import org.elige.input.Json;
import org.elige.input.JsonSyntax;
import org.elige.model.Decision;
import org.elige.model.Messages;
import org.elige.prospects.Prospector;
import org.elige.rules.RuleSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /evaluations} (one household record: 201, the decision, and its Location) and
 * {@code POST /evaluations:batch} (a JSON array of records, each answered or refused on its own).
 * Each request takes the active rule set once, so it finishes on the rule set it began with, and
 * answers only after its decisions are in the decision log (a batch's share one batch id).
 */
final class EvaluationRoutes {
    private final Service service;

    EvaluationRoutes(Service service) {
        this.service = service;
    }

    void install(RoutesConfig routes) {
        routes.post(Server.API + "/evaluations", this::create, Role.CASEWORKER);
        routes.post(Server.API + "/evaluations:batch", this::batch, Role.CASEWORKER);
    }

    /** Decides, records, and answers the decision as the log holds it: byte for byte what a later GET of its Location gives. */
    private void create(Context ctx) {
        byte[] body = service.bodies().read(ctx);
        RuleSet rules = service.rules().get();
        Decide options = Decide.options(ctx, rules);
        Metrics metrics = service.metrics();
        Written w = service.limits().onACore(ctx, () -> {
            Decide.Decided d = withMemory(ctx, () -> options.decide(ctx, rules, body, metrics));
            service.limits().check(ctx);
            long t = System.nanoTime();
            String json = Canonical.json(d.decision());
            byte[] utf8 = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Entry entry = options.entry(d, json, utf8);
            long hashed = System.nanoTime();
            metrics.stage(Metrics.Stage.HASH, hashed - t);
            // the prospects are CPU work too: in the same turn, so they never crowd the log's writer
            byte[] answer = withProspects(ctx, rules, options, d, utf8);
            return new Written(d, entry, answer, System.nanoTime() - hashed);
        });
        Decide.Decided d = w.decided();
        long hashed = System.nanoTime();
        service.journal().record(rules, w.entry(), Limits.deadline(ctx));
        long recorded = System.nanoTime();
        metrics.stage(Metrics.Stage.RECORD, recorded - hashed);
        metrics.decided(d.decision());
        ctx.header("Location", location(d.decision()));
        ctx.status(201).contentType(Reply.JSON).result(w.answer());
        metrics.stage(Metrics.Stage.WRITE, w.prospecting() + System.nanoTime() - recorded);
    }

    /**
     * The answer: the decision's canonical text, with what would open each result beside it unless
     * the caller asked {@code next_dates=false}. The prospects are not recorded; when they cannot be
     * worked out, the decision is answered alone and the operator told why.
     */
    private byte[] withProspects(Context ctx, RuleSet rules, Decide options, Decide.Decided d, byte[] utf8) {
        java.time.Period horizon = horizon(ctx);
        if (horizon == null) {
            return utf8;
        }
        try {
            return Prospector.of(rules, d.input(), rules.parameters().with(options.params()), d.decision(), horizon)
                    .appendTo(utf8);
        } catch (RuntimeException | StackOverflowError e) {
            synchronized (service.err()) {
                service.err()
                        .println("elige serve: no prospects for decision "
                                + d.decision().decisionId() + ": " + e);
                service.err().flush();
            }
            return utf8;
        }
    }

    /** A decision, its log entry, the answer (its canonical text in UTF-8, with its prospects) and the nanoseconds the prospects took. */
    private record Written(Decide.Decided decided, Entry entry, byte[] answer, long prospecting) {}

    /**
     * Runs one evaluation; running out of memory on it (one oversized record) answers this request
     * 503 and leaves the service serving, instead of an empty 500. The input limits are what keep a
     * record from needing that much; this is the net under them.
     */
    private <T> T withMemory(Context ctx, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            synchronized (service.err()) {
                service.err()
                        .println("elige serve: out of memory on " + ctx.method() + " " + ctx.path() + " ("
                                + ctx.req().getContentLengthLong() + " bytes); answered 503");
                service.err().flush();
            }
            ctx.header("Retry-After", "30");
            throw Reply.fail(ctx, 503, "out_of_memory");
        }
    }

    /**
     * How far ahead to look for what would open each result ({@code horizon}, in years, 5 when not
     * given), or null when the caller asked for the decision alone ({@code next_dates=false}). The
     * prospects are answered beside the decision, never logged: the decision's Location gives it alone.
     */
    private static java.time.Period horizon(Context ctx) {
        String on = ctx.queryParam("next_dates");
        if ("false".equals(on)) {
            return null;
        }
        if (on != null && !"true".equals(on)) {
            throw Reply.fail(
                    ctx, 400, "bad_query", "next_dates", Decide.shown(on), Messages.text("http.expect.boolean"));
        }
        String years = ctx.queryParam("horizon");
        if (years == null) {
            return Prospector.HORIZON;
        }
        if (!years.matches("[0-9]{1,2}") || Integer.parseInt(years) < 1 || Integer.parseInt(years) > 50) {
            throw Reply.fail(
                    ctx, 400, "bad_query", "horizon", Decide.shown(years), Messages.text("http.expect.range", 1, 50));
        }
        return java.time.Period.ofYears(Integer.parseInt(years));
    }

    /** One answer in a batch: the decision with its location, or the problem that refused the record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(int index, int status, String location, Decision decision, Problem problem) {}

    private void batch(Context ctx) {
        byte[] body = service.bodies().read(ctx);
        RuleSet rules = service.rules().get();
        Decide options = Decide.options(ctx, rules);
        JsonNode records = records(ctx, body);
        String batchId = UlidCreator.getMonotonicUlid().toString();
        List<Item> items = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            service.limits().check(ctx);
            JsonNode record = records.get(i);
            try {
                long line = i;
                Decide.Decided d = service.limits().onACore(ctx, () -> {
                    Decide.Decided one = withMemory(
                            ctx, () -> options.decide(ctx, rules, Json.WRITER.writeValueAsBytes(record), null));
                    entries.add(options.entry(one, batchId, line));
                    return one;
                });
                items.add(new Item(i, 201, location(d.decision()), d.decision(), null));
            } catch (ProblemException e) {
                items.add(new Item(
                        i, e.problem().status(), null, null, e.problem().at(ctx.path() + "#/" + i)));
            }
        }
        service.limits().check(ctx);
        service.journal().recordAll(rules, entries, Limits.deadline(ctx));
        items.stream()
                .filter(x -> x.decision() != null)
                .forEach(x -> service.metrics().decided(x.decision()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("count", items.size());
        answer.put("decided", items.stream().filter(x -> x.decision() != null).count());
        answer.put("refused", items.stream().filter(x -> x.decision() == null).count());
        answer.put("items", items);
        Reply.json(ctx, 200, answer);
    }

    /** The batch body: a JSON array of at most {@code batchMax} records. */
    private JsonNode records(Context ctx, byte[] body) {
        JsonNode root;
        try {
            root = Json.READER.readTree(body);
        } catch (JacksonException e) {
            throw Decide.refused(ctx, List.of(JsonSyntax.error(e))).toException();
        }
        if (root == null || !root.isArray()) {
            throw Reply.fail(ctx, 400, "batch_not_array");
        }
        if (root.size() > service.options().batchMax()) {
            throw Reply.fail(
                    ctx, 413, "batch_too_many", root.size(), service.options().batchMax());
        }
        return root;
    }

    static String location(Decision d) {
        return Server.API + "/evaluations/" + d.decisionId();
    }
}
