package org.elige.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.elige.TestRules;
import org.elige.fixtures.FixtureGate;
import org.elige.rules.ActiveRuleSet;
import org.elige.rules.RuleSetException;

/**
 * Servers shared by the HTTP tests, started once per test run on loopback with free ports: one in
 * development mode (no tokens) and one with a token for each role. They share one compiled rule set.
 */
final class TestServers {
    private static ActiveRuleSet rules;
    private static Server dev;
    private static Secured secured;

    /** A server with tokens: one per role, and the tokens file to revoke them. */
    record Secured(Server server, Map<Role, String> tokens, TokenStore store) {
        Client as(Role role) {
            return Client.to(server).with(tokens.get(role));
        }
    }

    private TestServers() {}

    static synchronized ActiveRuleSet rules() {
        if (rules == null) {
            try {
                rules = new ActiveRuleSet(TestRules.RULES, new FixtureGate(TestRules.FIXTURES));
            } catch (RuleSetException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return rules;
    }

    static synchronized Server dev() {
        if (dev == null) {
            dev = start(true, null);
        }
        return dev;
    }

    static synchronized Secured secured() {
        if (secured == null) {
            try {
                Path dir = Files.createTempDirectory("elige-secured");
                TokenStore store = new TokenStore(dir.resolve("tokens.json"));
                Map<Role, String> tokens = new EnumMap<>(Role.class);
                for (Role r : Role.values()) {
                    tokens.put(r, store.create(r.name().toLowerCase(), r));
                }
                secured = new Secured(start(false, dir), tokens, store);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return secured;
    }

    /** A server of its own, with the shared rule set. */
    static Server start(boolean devMode, Path dir) {
        try {
            Path d = dir != null ? dir : Files.createTempDirectory("elige-server");
            ServerOptions o =
                    ServerOptions.defaults(d.resolve("elige.db").toString(), d.resolve("tokens.json"), devMode);
            Server s = Server.start(o, rules(), new PrintWriter(System.err, true, StandardCharsets.UTF_8));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (IOException e) {
                    // the run is ending
                }
            }));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
