package org.elige.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.elige.audit.LogLocation;
import org.elige.http.Role;
import org.elige.http.TokenStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code token create|revoke|list}: the API tokens that {@code serve} accepts. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Create, revoke or list the API tokens that serve accepts. Only a token's hash is stored.",
        subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class, TokenCommand.ListTokens.class})
final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: create, revoke or list");
    }

    /** The default tokens file: {@code tokens.json} in the database file's folder (the current one for a JDBC URL). */
    static Path besideDatabase(String db) {
        Path parent = LogLocation.of(db).isFile() && !db.startsWith("jdbc:")
                ? Path.of(db).toAbsolutePath().getParent()
                : null;
        return parent == null ? Path.of("tokens.json") : parent.resolve("tokens.json");
    }

    /** The {@code --tokens FILE} option of the subcommands. */
    static class File {
        @Option(
                names = "--tokens",
                paramLabel = "FILE",
                defaultValue = "tokens.json",
                description = "The tokens file (default: ${DEFAULT-VALUE}, beside the default database).")
        Path file;
    }

    /** {@code token create --role ROLE --name NAME}: prints a new token once. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a token and print it once; store only its hash.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        File tokens;

        @Option(names = "--role", required = true, description = "CASEWORKER, AUDITOR or MANAGER.")
        Role role;

        @Option(names = "--name", required = true, description = "Who holds it (unique; used to revoke it).")
        String name;

        @Override
        public Integer call() throws IOException {
            try {
                String token = new TokenStore(tokens.file).create(name, role);
                spec.commandLine().getOut().println(token);
                spec.commandLine()
                        .getErr()
                        .println("elige: token for " + name + " (" + role + ") stored in " + tokens.file
                                + "; it is shown only this once");
                return Main.OK;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("elige: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    /** {@code token revoke NAME}. */
    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Revoke a token by its name; a running server refuses it at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        File tokens;

        @CommandLine.Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            if (new TokenStore(tokens.file).revoke(name)) {
                spec.commandLine().getErr().println("elige: revoked the token of " + name);
                return Main.OK;
            }
            spec.commandLine().getErr().println("elige: no token named " + name + " in " + tokens.file);
            return Main.USAGE;
        }
    }

    /** {@code token list}: names, roles and dates, never hashes. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List token names, roles and creation dates.")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        File tokens;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            new TokenStore(tokens.file)
                    .list()
                    .forEach(t -> out.printf("%-20s %-10s %s%n", t.name(), t.role(), t.createdAt()));
            return Main.OK;
        }
    }
}
