package org.elige.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.elige.audit.LogLocation;
import org.elige.fixtures.FixtureGate;
import org.elige.rules.ActiveRuleSet;
import org.elige.rules.RuleSetException;

/**
 * The caseworker service: the JSON API under {@value #API}, the web page at {@code /}, on Javalin
 * (Jetty). Every handler is a thin adapter over the engine, the rule set and the decision log.
 */
public final class Server implements AutoCloseable {
    public static final String API = "/api/v1";
    private static final String STARTED = "elige.t0";
    private final Javalin app;
    private final Service service;
    private final List<Route> routes;

    /** A route as registered: method, path template (OpenAPI syntax) and the roles allowed (empty = open). */
    public record Route(String method, String path, List<String> roles) {}

    private Server(Javalin app, Service service, List<Route> routes) {
        this.app = app;
        this.service = service;
        this.routes = routes;
    }

    /**
     * Loads and checks the rules (they must compile and pass the fixtures), then listens.
     *
     * @param err where the server reports rule reloads and internal errors
     */
    public static Server start(ServerOptions o, PrintWriter err) throws RuleSetException, IOException {
        o.check();
        return start(o, new ActiveRuleSet(o.rules(), new FixtureGate(o.fixtures())), err);
    }

    /** Listens with a rule set already loaded and checked (several servers may share one). */
    public static Server start(ServerOptions o, ActiveRuleSet rules, PrintWriter err) throws IOException {
        return start(o, rules, err, (org.elige.audit.Signer) null);
    }

    /** The same, signing every append with the office's key {@code signer} (none when null). */
    public static Server start(ServerOptions o, ActiveRuleSet rules, PrintWriter err, org.elige.audit.Signer signer)
            throws IOException {
        return start(o, rules, err, spec -> Journal.Log.open(spec, signer), Journal.Timing.DEFAULT);
    }

    /**
     * The same, with the decision log opened by {@code logs} and the writer's clock given: for
     * tests that make the log fail.
     */
    static Server start(
            ServerOptions o,
            ActiveRuleSet rules,
            PrintWriter err,
            Function<LogLocation, Journal.Log> logs,
            Journal.Timing timing)
            throws IOException {
        o.check();
        Journal journal = new Journal(logs.apply(o.db()), timing, err);
        Records records = new Records(o.db());
        RuleWatcher watcher = o.watch() ? new RuleWatcher(rules, err) : null;
        Metrics metrics = new Metrics();
        Service service = new Service(
                o,
                rules,
                journal,
                records,
                new Bodies(o.maxBody(), o.bodyTimeout(), metrics),
                metrics,
                watcher,
                new Limits(o, metrics),
                err);
        TokenStore tokens = o.dev() ? null : new TokenStore(o.tokens());
        Access access = new Access(tokens, o.dev(), service.limits());
        WholeBodies bodies = new WholeBodies(o, tokens, metrics);
        List<Route> routes = Collections.synchronizedList(new ArrayList<>());
        Javalin app = Javalin.create(cfg -> configure(cfg, o, service, access, bodies, routes, err));
        try {
            app.start(o.host(), o.port());
        } catch (RuntimeException e) {
            journal.close();
            records.close();
            throw e;
        }
        return new Server(app, service, List.copyOf(routes));
    }

    private static void configure(
            JavalinConfig cfg,
            ServerOptions o,
            Service service,
            Access access,
            WholeBodies bodies,
            List<Route> routes,
            PrintWriter err) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.prefer405over404 = true;
        cfg.http.maxRequestSize = o.maxBody();
        // A fixed pool, larger than the API may use at once (Limits), so health checks always find a thread.
        QueuedThreadPool pool = new QueuedThreadPool(o.threads(), Math.min(8, o.threads()), 60_000);
        pool.setName("elige-http");
        cfg.jetty.threadPool = pool;
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(new JettyErrors());
            // Before Javalin's handler (which Javalin places inside it): bodies arrive whole before a thread serves
            // them.
            server.setHandler(bodies);
        });
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/";
            s.directory = "/web";
            s.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars(); // the page's chart library (ECharts), from its WebJar
        ApiDocs.install(cfg);
        cfg.events.handlerAdded(h -> {
            if (h.getHttpMethod().isHttpMethod()) {
                routes.add(new Route(
                        h.getHttpMethod().name(),
                        h.getPath(),
                        h.getRoles().stream().map(Object::toString).sorted().toList()));
            }
        });
        cfg.routes.before(ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            service.limits().start(ctx);
            headers(ctx);
        });
        cfg.routes.beforeMatched(access::check);
        new EvaluationRoutes(service).install(cfg.routes);
        new VaryRoutes(service).install(cfg.routes);
        new DecisionRoutes(service).install(cfg.routes);
        new AuditRoutes(service).install(cfg.routes);
        new CatalogueRoutes(service).install(cfg.routes);
        new RuleRoutes(service).install(cfg.routes);
        new OpsRoutes(service).install(cfg.routes);
        Errors.install(cfg.routes, err);
        cfg.routes.after(ctx -> count(service.metrics(), ctx));
    }

    /**
     * Decisions hold personal data: API answers are never cached; the page loads only its own
     * files, cannot be framed and sends no referrer.
     */
    private static void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith(API)) {
            ctx.header("Cache-Control", "no-store");
        } else if (ctx.path().startsWith(ApiDocs.PATH)) {
            ctx.header("Content-Security-Policy", ApiDocs.POLICY);
        } else {
            ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        }
    }

    private static void count(Metrics metrics, Context ctx) {
        Long t0 = ctx.attribute(STARTED);
        Endpoint e = ctx.endpoints().lastHttpEndpoint();
        if (e == null) {
            e = ctx.endpoints().matchedHttpEndpoint(); // refused before it ran (401, 403, 429): still its route
        }
        String route = e != null ? e.path : ctx.path().startsWith(API) ? "unmatched" : "page";
        metrics.request(ctx.method().name(), route, ctx.statusCode(), t0 == null ? 0 : (System.nanoTime() - t0) / 1e9);
    }

    /** The port it listens on (the one picked, when started with port 0). */
    public int port() {
        return app.port();
    }

    /** What the handlers share, for tests. */
    Service service() {
        return service;
    }

    /** Every API route, for the OpenAPI check. */
    public List<Route> routes() {
        return routes;
    }

    /** Stops listening and closes the rule watch and the decision log. */
    @Override
    public void close() throws IOException {
        app.stop();
        if (service.watcher() != null) {
            service.watcher().close();
        }
        service.journal().close();
        service.records().close();
    }
}
