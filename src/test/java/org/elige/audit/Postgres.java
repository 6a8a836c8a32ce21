package org.elige.audit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the machine's own
 * binaries (Debian's {@code postgresql} package: {@code /usr/lib/postgresql/N/bin}) in a temporary
 * folder, on a free loopback port, with password authentication. PostgreSQL refuses to run as
 * root, so as root it runs as the {@code postgres} user (else {@code nobody}) through
 * {@code setpriv}. Each test takes a database of its own ({@link #newDatabase}).
 *
 * <p>Where no server can be started, the tests that need one are skipped with the reason, unless
 * {@code ELIGE_REQUIRE_POSTGRES=1} (set by {@code .ci/run}): then they fail, so CI never skips them.
 */
public final class Postgres {
    public static final String REQUIRED = "ELIGE_REQUIRE_POSTGRES";
    public static final String USER = "elige";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Postgres server;
    private static String unavailable;

    private final Path dir;
    private final Path bin;
    private final List<String> asOwner;
    private final int port;
    private final String password;
    private final Process process;

    private Postgres(Path dir, Path bin, List<String> asOwner, int port, String password, Process process) {
        this.dir = dir;
        this.bin = bin;
        this.asOwner = asOwner;
        this.port = port;
        this.password = password;
        this.process = process;
    }

    /** The shared server, started on first use; skips (or, where required, fails) the test when there is none. */
    public static synchronized Postgres server() {
        if (server == null && unavailable == null) {
            try {
                server = start();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted while starting";
            }
        }
        if (server == null) {
            String why = "no PostgreSQL server could be started here: " + unavailable
                    + " (install Debian's postgresql package)";
            if ("1".equals(System.getenv(REQUIRED))) {
                throw new AssertionError(why + "; " + REQUIRED + "=1 forbids skipping");
            }
            System.err.println("elige tests: " + why + "; PostgreSQL tests skipped");
            Assumptions.abort(why);
        }
        return server;
    }

    /** A new, empty database on the server, as {@code --db} takes it. */
    public String newDatabase() {
        String name = "elige_test_" + DATABASES.incrementAndGet();
        try (Connection c = connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    /** The URL of a database on this server, without a password. */
    public String url(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    public int port() {
        return port;
    }

    /** The user the server runs as when the tests run as root ({@code postgres} or {@code nobody}), else null: this user. */
    public String owner() {
        return asOwner.isEmpty() ? null : asOwner.get(1).substring("--reuid=".length());
    }

    public String password() {
        return password;
    }

    /** The log at {@code url}, with this server's password. */
    public LogLocation location(String url) {
        return LogLocation.of(url, Credentials.fromFile(passwordFile()));
    }

    /** A file holding the password, readable by its owner alone, as {@code --db-password-file} takes. */
    public Path passwordFile() {
        return dir.resolve("client-password");
    }

    /** A connection of the superuser to {@code database}, for what a test does behind elige's back. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** The database's name in a URL from {@link #newDatabase}. */
    public static String database(String url) {
        return url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
    }

    private static Postgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("elige-postgres");
        List<String> asOwner = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            String owner = userExists("postgres") ? "postgres" : "nobody";
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName(owner));
            asOwner.addAll(List.of("setpriv", "--reuid=" + owner, "--regid=" + owner, "--clear-groups", "--"));
        }
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path serverPassword = dir.resolve("server-password");
        Files.writeString(serverPassword, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(serverPassword, PosixFilePermissions.fromString("rw-r--r--"));
        Path data = dir.resolve("data");
        run(
                dir,
                asOwner,
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                USER,
                "--pwfile=" + serverPassword,
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync");
        Files.delete(serverPassword);
        Path clientPassword = dir.resolve("client-password");
        Files.writeString(clientPassword, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(clientPassword, PosixFilePermissions.fromString("rw-------"));
        int port = freePort();
        List<String> command = new ArrayList<>(asOwner);
        command.addAll(List.of(
                bin.resolve("postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                String.valueOf(port),
                "-k",
                dir.toString(),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "max_connections=200",
                "-c",
                "shared_buffers=64MB"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        Postgres pg = new Postgres(dir, bin, asOwner, port, password, process);
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "elige-postgres-stop"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = pg.connect("postgres")) {
                return pg;
            } catch (SQLException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    pg.stop();
                    throw new IllegalStateException("the server did not start: " + e.getMessage() + "; its log: "
                            + tail(dir.resolve("server.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    /** Stops the server at once and removes its folder. */
    private void stop() {
        try {
            List<String> command = new ArrayList<>(asOwner);
            command.addAll(List.of(
                    bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "stop", "-m", "immediate"));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the process is killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }

    /** The newest {@code /usr/lib/postgresql/N/bin}, else the folder of {@code initdb} on the PATH. */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> number(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "initdb"))) {
                return Path.of(folder);
            }
        }
        throw new IllegalStateException("no initdb in /usr/lib/postgresql/*/bin or on the PATH");
    }

    private static int number(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean userExists(String name) throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(name + ":"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(Path dir, List<String> prefix, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(args));
        Path out = Files.createTempFile("elige-initdb", ".log");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            String log = tail(out);
            Files.deleteIfExists(out);
            throw new IllegalStateException(Path.of(args[0]).getFileName() + " failed: " + log);
        }
        Files.deleteIfExists(out);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
