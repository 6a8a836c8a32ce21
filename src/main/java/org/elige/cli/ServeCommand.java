package org.elige.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.elige.audit.Signer;
import org.elige.fixtures.FixtureGate;
import org.elige.http.Server;
import org.elige.http.ServerOptions;
import org.elige.http.TokenStore;
import org.elige.rules.ActiveRuleSet;
import org.elige.rules.RuleSetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the caseworker web page and the JSON API, until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Serve the caseworker page at /, the JSON API under /api/v1 and its documentation (Swagger UI) at /api/docs until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", description = "Address to listen on (default: 0.0.0.0, or 127.0.0.1 with --dev).")
    String host;

    @Mixin
    DbOption db;

    @Mixin
    SigningKeyOption signingKey;

    @Option(
            names = "--tokens",
            paramLabel = "FILE",
            description = "The tokens file (default: tokens.json beside the database).")
    Path tokens;

    @Option(
            names = "--fixtures",
            paramLabel = "DIR",
            defaultValue = "fixtures",
            description = "Fixtures every rule set must pass before it is used (default: ${DEFAULT-VALUE}).")
    Path fixtures;

    @Option(names = "--watch", description = "Reload the rules when a file under the rule folder changes.")
    boolean watch;

    @Option(
            names = "--dev",
            description = "No tokens: every request from this machine may do everything (loopback only).")
    boolean dev;

    @Option(
            names = "--max-body",
            defaultValue = "1048576",
            paramLabel = "BYTES",
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(
            names = "--batch-max",
            defaultValue = "100",
            paramLabel = "N",
            description = "Most records in one batch request (default: ${DEFAULT-VALUE}).")
    int batchMax;

    @Option(
            names = "--body-timeout",
            defaultValue = "10",
            paramLabel = "SECONDS",
            description =
                    "The whole request body must arrive within this, however it trickles (default: ${DEFAULT-VALUE}; 408 after).")
    long bodyTimeout;

    @Option(
            names = "--request-timeout",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description =
                    "An evaluation must be answered within this, body included (default: ${DEFAULT-VALUE}; 503 after).")
    long requestTimeout;

    @Option(
            names = "--per-token",
            defaultValue = "8",
            paramLabel = "N",
            description = "API requests one token may have in progress at once (default: ${DEFAULT-VALUE}; 429 above).")
    int perToken;

    @Option(
            names = "--max-active",
            defaultValue = "64",
            paramLabel = "N",
            description = "API requests in progress at once over all tokens (default: ${DEFAULT-VALUE}; 503 above).")
    int maxActive;

    @Option(
            names = "--threads",
            defaultValue = "200",
            paramLabel = "N",
            description =
                    "Worker threads; at least --max-active + 16, kept for health checks and the page (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description =
                    "Language of the start-up progress told on standard error: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = progressOption.open(spec.commandLine().getErr(), lang.name());
        PrintWriter err = progress.err();
        Signer signer = signingKey.signer();
        Path tokenFile = tokens != null ? tokens : TokenCommand.besideDatabase(db.spec());
        if (!dev && noTokens(tokenFile, err)) {
            err.println("elige: no tokens in " + tokenFile
                    + ": create one with 'elige token create --role CASEWORKER --name NAME" + " --tokens " + tokenFile
                    + "', or try it on this machine with --dev");
            return Main.USAGE;
        }
        String bind = host != null ? host : dev ? "127.0.0.1" : "0.0.0.0";
        if (bodyTimeout < 1 || requestTimeout < 1) {
            err.println("elige: --body-timeout and --request-timeout are whole seconds, at least 1");
            return Main.USAGE;
        }
        ServerOptions o = new ServerOptions(
                bind,
                port,
                rules.dir,
                fixtures,
                db.location(),
                tokenFile,
                dev,
                watch,
                maxBody,
                batchMax,
                java.time.Duration.ofSeconds(bodyTimeout),
                java.time.Duration.ofSeconds(requestTimeout),
                perToken,
                maxActive,
                threads);
        Server server;
        String shown = bind.equals("0.0.0.0") ? "localhost" : bind;
        try {
            o.check();
            progress.say("progress.rules", rules.dir);
            ActiveRuleSet active = new ActiveRuleSet(
                    rules.dir,
                    new FixtureGate(fixtures, (done, total) -> progress.count("progress.fixtures", done, total)));
            progress.say("progress.serve.start");
            server = Server.start(o, active, err, signer);
            progress.say("progress.serve.ready", "http://" + shown + ":" + server.port() + "/");
        } catch (RuleSetException e) {
            e.diagnostics().forEach(err::println);
            err.println("elige: the rules in " + rules.dir + " cannot be served (they must compile and pass " + fixtures
                    + ")");
            return Main.INVALID_RULES;
        } catch (IllegalArgumentException e) {
            err.println("elige: " + e.getMessage());
            return Main.USAGE;
        } finally {
            progress.done();
        }
        out.printf(
                "elige: serving http://%s:%d/ (API under /api/v1, in the browser at /api/docs%s)%n",
                shown, server.port(), dev ? "; development mode, no tokens" : "; tokens from " + tokenFile);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("elige: on stop: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    /** True (after saying so) when the tokens file is missing, empty or unreadable. */
    private static boolean noTokens(Path file, PrintWriter err) {
        try {
            return new TokenStore(file).list().isEmpty();
        } catch (IOException e) {
            err.println("elige: " + e.getMessage());
            return true;
        }
    }
}
