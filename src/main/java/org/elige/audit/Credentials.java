package org.elige.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The password of a PostgreSQL log, never from the command line: from a file only its owner can
 * read ({@code --db-password-file}, else {@code $ELIGE_DB_PASSWORD_FILE}), else from
 * {@code $ELIGE_DB_PASSWORD}; with neither, the driver's own {@code ~/.pgpass} applies. The
 * password is never shown: {@link #toString} hides it.
 */
public final class Credentials {
    public static final String PASSWORD = "ELIGE_DB_PASSWORD";
    public static final String PASSWORD_FILE = "ELIGE_DB_PASSWORD_FILE";
    public static final Credentials NONE = new Credentials(null);

    private final String password;

    private Credentials(String password) {
        this.password = password;
    }

    /** From {@code file} when given, else from the environment. */
    public static Credentials of(Path file, Map<String, String> env) {
        if (file != null) {
            return fromFile(file);
        }
        String named = env.get(PASSWORD_FILE);
        if (named != null && !named.isBlank()) {
            return fromFile(Path.of(named));
        }
        String password = env.get(PASSWORD);
        return password == null || password.isEmpty() ? NONE : new Credentials(password);
    }

    /** The first line of a file that no one but its owner may read or write. */
    public static Credentials fromFile(Path file) {
        try {
            refuseIfShared(file, "the database password file");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new LogException("the database password file " + file + " is empty");
            }
            return new Credentials(line);
        } catch (NoSuchFileException e) {
            throw new LogException("no database password file at " + file);
        } catch (IOException e) {
            throw new LogException("cannot read the database password file " + file + ": " + e.getMessage());
        }
    }

    /** Refuses a password file that is not a file, or that others can read or write. */
    private static void refuseIfShared(Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new LogException(what + " " + file + " is not a file");
        }
        if (Secrets.othersMay(file)) {
            throw new LogException(what + " " + file + " can be read or written by other users of this machine: "
                    + "make it yours alone (chmod 600 " + file + ")");
        }
    }

    String password() {
        return password;
    }

    @Override
    public String toString() {
        return password == null ? "no password" : "a password";
    }
}
