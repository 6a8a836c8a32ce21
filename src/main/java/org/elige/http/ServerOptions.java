package org.elige.http;

import java.nio.file.Path;

/**
 * How {@code elige serve} runs.
 *
 * @param host     address to listen on; development mode allows only a loopback address
 * @param port     TCP port; 0 picks a free one
 * @param rules    the rule folder
 * @param fixtures the fixtures every rule set must pass before it is used
 * @param db       the decision log: a SQLite file or a JDBC URL
 * @param tokens   the tokens file; ignored in development mode
 * @param dev      no tokens: every request from this machine may do everything
 * @param watch    reload the rules when a file under the rule folder changes
 * @param maxBody  largest request body in bytes (413 above)
 * @param batchMax most records in one {@code POST /evaluations:batch}
 */
public record ServerOptions(String host, int port, Path rules, Path fixtures, String db, Path tokens, boolean dev,
                            boolean watch, long maxBody, int batchMax) {

    /** Loopback, a free port, the shipped folders, no watch, 1 MiB bodies and batches of 100: for tests and first tries. */
    public static ServerOptions defaults(String db, Path tokens, boolean dev) {
        return new ServerOptions("127.0.0.1", 0, Path.of("rules"), Path.of("fixtures"), db, tokens, dev, false,
                Bodies.DEFAULT_LIMIT, 100);
    }

    /** Refuses options that cannot be served: development mode off loopback, limits out of range. */
    public void check() {
        if (dev && !Access.isLoopback(host)) {
            throw new IllegalArgumentException("--dev serves only on a loopback address, not " + host);
        }
        if (maxBody < 1 || maxBody > org.elige.input.Json.MAX_BYTES) {
            throw new IllegalArgumentException("--max-body must be 1 to " + org.elige.input.Json.MAX_BYTES + " bytes");
        }
        if (batchMax < 1) {
            throw new IllegalArgumentException("--batch-max must be at least 1");
        }
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, rules, fixtures, db, tokens, dev, watch, maxBody, batchMax);
    }

    public ServerOptions withRules(Path r, Path f, boolean w) {
        return new ServerOptions(host, port, r, f, db, tokens, dev, w, maxBody, batchMax);
    }

    public ServerOptions withLimits(long body, int batch) {
        return new ServerOptions(host, port, rules, fixtures, db, tokens, dev, watch, body, batch);
    }
}
