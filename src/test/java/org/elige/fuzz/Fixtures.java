package org.elige.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.elige.TestRules;
import org.elige.input.Json;
import tools.jackson.databind.node.ObjectNode;

/** The fixture records ({@code fixtures/*}{@code /*.input.json}), the seeds every mutation starts from. */
final class Fixtures {
    private static List<Fixture> all;

    record Fixture(String name, ObjectNode record) {
        /** A record with an id, a date and no members: for records built by edits alone. */
        static Fixture empty() {
            return new Fixture("empty", (ObjectNode) Json.READER.readTree(
                    "{\"household_id\": \"H-FZ\", \"evaluation_date\": \"2025-10-01\", \"members\": []}"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {}

    static synchronized List<Fixture> all() {
        if (all == null) {
            try (Stream<Path> files = Files.walk(TestRules.FIXTURES, 2)) {
                all = files.filter(p -> p.getFileName().toString().endsWith(".input.json"))
                        .sorted()
                        .map(Fixtures::read)
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (all.isEmpty()) {
                throw new IllegalStateException("no fixtures under " + TestRules.FIXTURES.toAbsolutePath());
            }
        }
        return all;
    }

    private static Fixture read(Path p) {
        try {
            String name = TestRules.FIXTURES.relativize(p).toString().replace(".input.json", "");
            return new Fixture(name, (ObjectNode) Json.READER.readTree(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
