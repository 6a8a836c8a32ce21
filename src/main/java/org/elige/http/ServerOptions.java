package org.elige.http;

import java.nio.file.Path;
import java.time.Duration;
import org.elige.audit.LogLocation;

/**
 * How {@code elige serve} runs.
 *
 * @param host           address to listen on; development mode allows only a loopback address
 * @param port           TCP port; 0 picks a free one
 * @param rules          the rule folder
 * @param fixtures       the fixtures every rule set must pass before it is used
 * @param db             the decision log: a SQLite file or a PostgreSQL database
 * @param tokens         the tokens file; ignored in development mode
 * @param dev            no tokens: every request from this machine may do everything
 * @param watch          reload the rules when a file under the rule folder changes
 * @param maxBody        largest request body in bytes (413 above)
 * @param batchMax       most records in one {@code POST /evaluations:batch}
 * @param bodyTimeout    the whole body must arrive within this, however it trickles (408 after)
 * @param requestTimeout an API request must be answered within this, body included (503 after)
 * @param perToken       API requests one token may have in progress at once (429 above); not in development mode
 * @param maxActive      API requests in progress at once over all tokens (503 above)
 * @param threads        the server's worker threads; more than {@code maxActive}, so that health checks,
 *                       metrics and the page always find one
 */
public record ServerOptions(
        String host,
        int port,
        Path rules,
        Path fixtures,
        LogLocation db,
        Path tokens,
        boolean dev,
        boolean watch,
        long maxBody,
        int batchMax,
        Duration bodyTimeout,
        Duration requestTimeout,
        int perToken,
        int maxActive,
        int threads) {

    public static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final int PER_TOKEN = 8;
    public static final int MAX_ACTIVE = 64;
    public static final int THREADS = 200;
    /** Worker threads kept beyond {@code maxActive} for health checks, metrics, the page and Jetty itself. */
    public static final int RESERVED_THREADS = 16;

    /** The default time and concurrency limits. */
    public ServerOptions(
            String host,
            int port,
            Path rules,
            Path fixtures,
            LogLocation db,
            Path tokens,
            boolean dev,
            boolean watch,
            long maxBody,
            int batchMax) {
        this(
                host,
                port,
                rules,
                fixtures,
                db,
                tokens,
                dev,
                watch,
                maxBody,
                batchMax,
                BODY_TIMEOUT,
                REQUEST_TIMEOUT,
                PER_TOKEN,
                MAX_ACTIVE,
                THREADS);
    }

    /** Loopback, a free port, the shipped folders, no watch, 1 MiB bodies and batches of 100: for tests and first tries. */
    public static ServerOptions defaults(String db, Path tokens, boolean dev) {
        return new ServerOptions(
                "127.0.0.1",
                0,
                Path.of("rules"),
                Path.of("fixtures"),
                LogLocation.of(db),
                tokens,
                dev,
                false,
                Bodies.DEFAULT_LIMIT,
                100);
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
        if (bodyTimeout.isNegative() || bodyTimeout.isZero() || requestTimeout.compareTo(bodyTimeout) < 0) {
            throw new IllegalArgumentException("--body-timeout must be more than 0 and at most --request-timeout");
        }
        if (perToken < 1 || maxActive < 1) {
            throw new IllegalArgumentException("--per-token and --max-active must be at least 1");
        }
        if (threads < maxActive + RESERVED_THREADS) {
            throw new IllegalArgumentException("--threads must be at least --max-active + " + RESERVED_THREADS + " ("
                    + (maxActive + RESERVED_THREADS) + "), so health checks always find a thread");
        }
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(
                host,
                p,
                rules,
                fixtures,
                db,
                tokens,
                dev,
                watch,
                maxBody,
                batchMax,
                bodyTimeout,
                requestTimeout,
                perToken,
                maxActive,
                threads);
    }

    public ServerOptions withRules(Path r, Path f, boolean w) {
        return new ServerOptions(
                host,
                port,
                r,
                f,
                db,
                tokens,
                dev,
                w,
                maxBody,
                batchMax,
                bodyTimeout,
                requestTimeout,
                perToken,
                maxActive,
                threads);
    }

    public ServerOptions withLimits(long body, int batch) {
        return new ServerOptions(
                host,
                port,
                rules,
                fixtures,
                db,
                tokens,
                dev,
                watch,
                body,
                batch,
                bodyTimeout,
                requestTimeout,
                perToken,
                maxActive,
                threads);
    }

    public ServerOptions withTimeouts(Duration body, Duration request) {
        return new ServerOptions(
                host, port, rules, fixtures, db, tokens, dev, watch, maxBody, batchMax, body, request, perToken,
                maxActive, threads);
    }

    public ServerOptions withConcurrency(int token, int active, int workers) {
        return new ServerOptions(
                host,
                port,
                rules,
                fixtures,
                db,
                tokens,
                dev,
                watch,
                maxBody,
                batchMax,
                bodyTimeout,
                requestTimeout,
                token,
                active,
                workers);
    }
}
