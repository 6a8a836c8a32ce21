package org.elige.cli;

import java.nio.file.Path;
import org.elige.audit.Credentials;
import org.elige.audit.Database;
import org.elige.audit.LogLocation;
import picocli.CommandLine.Option;

/** The {@code --db FILE|URL} option (and its password file) shared by the commands that use the decision log. */
final class DbOption {
    @Option(
            names = "--db",
            paramLabel = "FILE|URL",
            description = "The decision log: a SQLite file, or a PostgreSQL URL such as "
                    + "postgresql://host:5432/elige?user=elige (default: $" + Database.ENV + ", else "
                    + Database.DEFAULT
                    + ").")
    String db;

    @Option(
            names = "--db-password-file",
            paramLabel = "FILE",
            description = "A file (readable by you alone) holding the PostgreSQL password; else $"
                    + Credentials.PASSWORD_FILE + ", else $" + Credentials.PASSWORD + ". Never put it in the URL.")
    Path passwordFile;

    /** The log named by --db, else by the environment, else ./elige.db. */
    String spec() {
        if (db != null) {
            return db;
        }
        String env = System.getenv(Database.ENV);
        return env == null || env.isBlank() ? Database.DEFAULT : env;
    }

    /** The log with the password for it, if it needs one. */
    LogLocation location() {
        return locate(spec(), passwordFile);
    }

    /** The log {@code spec} names; a PostgreSQL one with the password from {@code passwordFile} or the environment. */
    static LogLocation locate(String spec, Path passwordFile) {
        LogLocation where = LogLocation.of(spec);
        return where.isFile() ? where : LogLocation.of(spec, Credentials.of(passwordFile, System.getenv()));
    }

    /**
     * Opens the log: {@code create} (commands that record) creates or migrates it; otherwise it is
     * opened read-only, and a missing file or one that is not a decision log is an error (exit 6).
     */
    Database open(boolean create) {
        return Database.open(location(), create);
    }
}
