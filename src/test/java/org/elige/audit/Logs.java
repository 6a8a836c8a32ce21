package org.elige.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.model.Decision;
import org.elige.rules.RuleSet;

/** Helpers for tests on a real SQLite log file. */
final class Logs {
    static final Path SAMPLE = Path.of("examples/household.json");

    private Logs() {}

    /** The sample household decided on {@code asOf} under {@code rules}, as a log entry. */
    static Entry entry(RuleSet rules, LocalDate asOf, Map<String, String> params) {
        try {
            Input input = HouseholdReader.read(Files.readAllBytes(SAMPLE), rules.enrollable(), asOf);
            Decision d = Evaluator.evaluate(rules, input, rules.parameters().with(params));
            return Entry.of(input, d, params, null, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** {@code n} decisions of the sample on consecutive days from 2025-10-01, appended one per transaction. */
    static void record(Path db, int n) {
        try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true))) {
            for (int i = 0; i < n; i++) {
                log.append(
                        TestRules.shipped(),
                        List.of(entry(
                                TestRules.shipped(),
                                LocalDate.parse("2025-10-01").plusDays(i),
                                Map.of())));
            }
        }
    }

    static Verification verify(Path db) {
        try (Database d = Database.open(db.toString(), false)) {
            return Verifier.verify(d, 0, null);
        }
    }

    /** Runs statements on the file directly, as someone tampering with it would. */
    static void tamper(Path db, String... sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            for (String q : sql) {
                s.executeUpdate(q);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static List<Row> rows(Path db) {
        List<Row> rows = new ArrayList<>();
        try (Database d = Database.open(db.toString(), false)) {
            new LogReader(d).forEach(null, null, rows::add);
        }
        return rows;
    }
}
