package org.elige.audit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a decision log is, read from what {@code --db} was given: a path means a SQLite file;
 * {@code postgresql://host:5432/elige?user=clerk} (or {@code postgres://}, or a
 * {@code jdbc:postgresql:} / {@code jdbc:sqlite:} URL) means that database. A password is never
 * taken from the URL: a command line is visible to every user of the machine, so it comes from
 * {@link Credentials}.
 *
 * @param spec  what was given, as given
 * @param url   the JDBC URL
 * @param user  the user named before the host ({@code postgresql://clerk@host/...}), or null
 * @param shown the log's name in messages: the URL without its query or user
 */
public record LogLocation(
        String spec, Dialect dialect, String url, String user, String shown, Credentials credentials) {

    /** A log with no password but what the driver finds itself ({@code ~/.pgpass}). */
    public static LogLocation of(String spec) {
        return of(spec, Credentials.NONE);
    }

    public static LogLocation of(String spec, Credentials credentials) {
        if (spec.startsWith("jdbc:sqlite:")) {
            return new LogLocation(spec, Dialect.SQLITE, spec, null, spec.replaceAll("\\?.*", ""), credentials);
        }
        String rest = spec.startsWith("jdbc:postgresql:")
                ? spec.substring("jdbc:".length())
                : spec.startsWith("postgres://") ? "postgresql://" + spec.substring("postgres://".length()) : spec;
        if (rest.startsWith("postgresql://")) {
            return postgresql(spec, rest, credentials);
        }
        if (spec.startsWith("jdbc:") || spec.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            throw new LogException("unsupported database " + spec.replaceAll("\\?.*", "")
                    + ": give a SQLite file, or a PostgreSQL URL such as postgresql://host:5432/elige?user=elige");
        }
        return new LogLocation(spec, Dialect.SQLITE, "jdbc:sqlite:" + spec, null, spec, credentials);
    }

    /** Whether the log is a file on this machine (else a server's database). */
    public boolean isFile() {
        return dialect == Dialect.SQLITE;
    }

    private static LogLocation postgresql(String spec, String url, Credentials credentials) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new LogException("cannot read the database URL " + spec.replaceAll("\\?.*", "") + ": " + e.getReason()
                    + " at character " + (e.getIndex() + 1));
        }
        String user = uri.getRawUserInfo();
        List<String> query = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.replaceAll("=.*", "");
                if (name.equalsIgnoreCase("password")) {
                    throw passwordInUrl();
                }
                if (name.equalsIgnoreCase("user")) {
                    user = null;
                }
                query.add(pair);
            }
        }
        if (user != null && user.contains(":")) {
            throw passwordInUrl();
        }
        if (uri.getHost() == null) {
            throw new LogException("the database URL " + spec.replaceAll("\\?.*", "")
                    + " names no server: write it as postgresql://host:5432/database?user=name");
        }
        String server = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String jdbc = "jdbc:postgresql://" + server + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return new LogLocation(spec, Dialect.POSTGRESQL, jdbc, user, "postgresql://" + server + path, credentials);
    }

    private static LogException passwordInUrl() {
        return new LogException("the database URL must not carry a password: every user of this machine can read a "
                + "command line. Put the password in the environment variable " + Credentials.PASSWORD
                + ", or in a file only you can read named by --db-password-file or " + Credentials.PASSWORD_FILE);
    }
}
