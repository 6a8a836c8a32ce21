package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/elige} picks JVM flags per command and keeps a class-data archive: run here with a
 * stand-in {@code java} that prints its arguments (and writes the archive it is asked for).
 */
class LauncherTest {
    @TempDir
    Path dir;

    private String run(Path cache, String... args) throws IOException, InterruptedException {
        Path fake = dir.resolve("java");
        Files.writeString(fake, """
                #!/usr/bin/env bash
                for a in "$@"; do
                  echo "$a"
                  case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}";; esac
                done
                """);
        fake.toFile().setExecutable(true);
        Path jar = dir.resolve("elige.jar");
        Files.writeString(jar, "not really a jar");
        ProcessBuilder pb = new ProcessBuilder(
                Stream.concat(Stream.of("bash", "bin/elige"), Stream.of(args)).toList());
        pb.environment()
                .putAll(Map.of("JAVA", fake.toString(), "ELIGE_JAR", jar.toString(), "ELIGE_CACHE", cache.toString()));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void shortCommandsStartOnTheQuickCompilerWithAClassArchiveMadeByTheFirstRun() throws Exception {
        Path cache = dir.resolve("cache");
        String first = run(cache, "evaluate", "examples/household.json");
        assertTrue(first.contains("-XX:TieredStopAtLevel=1"), first);
        assertTrue(first.contains("-XX:ArchiveClassesAtExit="), first);
        assertTrue(
                first.endsWith("-jar\n" + dir.resolve("elige.jar") + "\nevaluate\nexamples/household.json\n"), first);
        try (Stream<Path> archives = Files.list(cache.resolve("cds"))) {
            List<Path> kept = archives.toList();
            assertEquals(1, kept.size(), kept.toString());
            assertTrue(kept.get(0).getFileName().toString().matches("elige-\\d+-\\d+\\.jsa"), kept.toString());
        }
        String second = run(cache, "check");
        assertTrue(second.contains("-XX:SharedArchiveFile=" + cache.resolve("cds")), second);
        assertFalse(second.contains("ArchiveClassesAtExit"), second);
    }

    @Test
    void runsOverManyRecordsKeepTheOptimisingCompilerAndTakeTheParallelCollector() throws Exception {
        String batch = run(dir.resolve("cache"), "batch", "in.jsonl", "--detail", "lean");
        assertTrue(batch.startsWith("-XX:+UseParallelGC\n-jar\n"), batch);
        assertFalse(batch.contains("TieredStopAtLevel"), batch);
        assertFalse(batch.contains("Archive"), batch);
    }

    @Test
    void theServiceKeepsTheJvmDefaults() throws Exception {
        String serve = run(dir.resolve("cache"), "serve", "--dev");
        assertTrue(serve.startsWith("-jar\n"), serve);
    }

    @Test
    void theArchiveIsOffWithTheCache() throws Exception {
        String off = run(Path.of("off"), "evaluate", "x.json");
        assertTrue(off.contains("-XX:TieredStopAtLevel=1"), off);
        assertFalse(off.contains("Archive"), off);
    }
}
