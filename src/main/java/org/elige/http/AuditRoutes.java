package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elige.audit.Verification;
import org.elige.input.Json;
import org.elige.model.Messages;
import org.elige.rules.RuleSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * For auditors: {@code POST /replay} decides logged records again and compares; {@code GET /audit/verify} walks the decision log's hash chain and reports the
 * first record altered, inserted, removed or moved (409), or that every record is intact (200),
 * with the head to note down and pass back later as an anchor that also catches truncation.
 */
final class AuditRoutes {
    private final Service service;

    AuditRoutes(Service service) {
        this.service = service;
    }

    void install(RoutesConfig routes) {
        routes.get(Server.API + "/audit/verify", this::verify, Role.AUDITOR);
        routes.post(Server.API + "/replay", this::replay, Role.AUDITOR);
    }

    /**
     * Replays logged decisions and compares them with what was answered, in the same JSON as
     * {@code elige replay --log --format json}: the named decisions, else those of a date range,
     * under each one's own rule set (rebuilt from the log) or under the active one.
     */
    private void replay(Context ctx) {
        ReplayRequest r = ReplayRequest.read(ctx, service.bodies().read(ctx));
        RuleSet other = r.active() ? service.rules().get() : null;
        Records.Replayed done = service.records().replay(r.ids(), r.from(), r.to(), other, r.limit());
        if (done.missing() != null) {
            throw Reply.fail(ctx, 404, "decision_not_found", done.missing());
        }
        StringWriter text = new StringWriter();
        done.report().json(new PrintWriter(text));
        ObjectNode body = (ObjectNode) Json.READER.readTree(text.toString());
        body.put("truncated", done.truncated());
        ctx.status(200).contentType(Reply.JSON).result(Json.WRITER.writeValueAsBytes(body));
    }

    private void verify(Context ctx) {
        String seq = ctx.queryParam("anchor_seq");
        String hash = ctx.queryParam("anchor_hash");
        long anchor = 0;
        if (seq != null || hash != null) {
            if (seq == null || hash == null || !hash.matches("[0-9a-f]{64}")) {
                throw Reply.fail(
                        ctx,
                        400,
                        "bad_query",
                        "anchor_seq/anchor_hash",
                        seq + "/" + hash,
                        Messages.text("http.expect.anchor"));
            }
            try {
                anchor = Long.parseLong(seq);
            } catch (NumberFormatException e) {
                throw Reply.fail(ctx, 400, "bad_query", "anchor_seq", seq, Messages.text("http.expect.seq"));
            }
        }
        Verification v = service.records().verify(anchor, hash);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", v.intact());
        body.put("records", v.records());
        body.put("head", Map.of("seq", v.headSeq(), "record_hash", v.headHash() == null ? "" : v.headHash()));
        body.put("problem", v.problem());
        Reply.json(ctx, v.intact() ? 200 : 409, body);
    }
}
