package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elige.audit.Verification;

/**
 * For auditors: {@code GET /audit/verify} walks the decision log's hash chain and reports the
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
    }

    private void verify(Context ctx) {
        String seq = ctx.queryParam("anchor_seq");
        String hash = ctx.queryParam("anchor_hash");
        long anchor = 0;
        if (seq != null || hash != null) {
            if (seq == null || hash == null || !hash.matches("[0-9a-f]{64}")) {
                throw Reply.fail(ctx, 400, "bad_query", "anchor_seq/anchor_hash", seq + "/" + hash,
                        "a sequence number and its 64-hex record hash, both");
            }
            try {
                anchor = Long.parseLong(seq);
            } catch (NumberFormatException e) {
                throw Reply.fail(ctx, 400, "bad_query", "anchor_seq", seq, "a sequence number");
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
