package org.elige.cli;

import org.elige.audit.Database;
import picocli.CommandLine.Option;

/** The {@code --db FILE|URL} option shared by the commands that use the decision log. */
final class DbOption {
    @Option(
            names = "--db",
            paramLabel = "FILE|URL",
            description = "The decision log: a SQLite file or a JDBC URL (default: $" + Database.ENV + ", else "
                    + Database.DEFAULT + ").")
    String db;

    /** The log named by --db, else by the environment, else ./elige.db. */
    String spec() {
        if (db != null) {
            return db;
        }
        String env = System.getenv(Database.ENV);
        return env == null || env.isBlank() ? Database.DEFAULT : env;
    }

    /**
     * Opens the log: {@code create} (commands that record) creates or migrates it; otherwise it is
     * opened read-only, and a missing file or one that is not a decision log is an error (exit 6).
     */
    Database open(boolean create) {
        return Database.open(spec(), create);
    }
}
