package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        Path jar = dir.resolve("elige.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not really a jar");
        }
        return run(cache, jar, args);
    }

    private String run(Path cache, Path jar, String... args) throws IOException, InterruptedException {
        Path fake = dir.resolve("java");
        Files.writeString(fake, """
                #!/usr/bin/env bash
                for a in "$@"; do
                  echo "$a"
                  case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}";; esac
                done
                """);
        fake.toFile().setExecutable(true);
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
        assertEquals(Set.of(archive(dir.resolve("elige.jar"))), archives(cache));
        String second = run(cache, "check");
        assertTrue(second.contains("-XX:SharedArchiveFile=" + cache.resolve("cds")), second);
        assertFalse(second.contains("ArchiveClassesAtExit"), second);
    }

    @Test
    void twoJarsSharingTheCacheKeepTheirOwnArchives() throws Exception {
        Path cache = dir.resolve("cache");
        Path one = jar("one");
        Path two = jar("two");
        assertTrue(run(cache, one, "check").contains("ArchiveClassesAtExit"));
        assertTrue(run(cache, two, "check").contains("ArchiveClassesAtExit"));
        assertEquals(Set.of(archive(one), archive(two)), archives(cache));
        for (Path jar : List.of(one, two)) {
            String again = run(cache, jar, "check");
            assertTrue(
                    again.contains(
                            "-XX:SharedArchiveFile=" + cache.resolve("cds").resolve(archive(jar))),
                    again);
            assertFalse(again.contains("ArchiveClassesAtExit"), again);
        }
    }

    @Test
    void theCacheKeepsTheFourMostRecentlyUsedArchivesTheOldestOut() throws Exception {
        Path cache = dir.resolve("cache");
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            jars.add(jar("jar " + i));
            run(cache, jars.get(i), "check");
        }
        // the second jar's archive is the oldest, then the first's, the third's, the fourth's
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        int[] oldestFirst = {1, 0, 2, 3};
        for (int k = 0; k < oldestFirst.length; k++) {
            Path archive = cache.resolve("cds").resolve(archive(jars.get(oldestFirst[k])));
            Files.setLastModifiedTime(archive, FileTime.fromMillis(hourAgo + k * 60_000L));
        }
        Path fifth = jar("jar 4");
        run(cache, fifth, "check");
        assertEquals(
                Set.of(archive(jars.get(0)), archive(jars.get(2)), archive(jars.get(3)), archive(fifth)),
                archives(cache));
    }

    private Path jar(String content) throws IOException {
        Path jar = dir.resolve(content.replace(' ', '-')).resolve("elige.jar");
        Files.createDirectories(jar.getParent());
        return Files.writeString(jar, content);
    }

    /** {@code elige-} and the first 16 hex digits of the jar's SHA-256. */
    private static String archive(Path jar) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar));
        return "elige-" + HexFormat.of().formatHex(hash).substring(0, 16) + ".jsa";
    }

    private static Set<String> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("cds"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jsa"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void runsOverManyRecordsKeepTheOptimisingCompilerAndTakeTheParallelCollector() throws Exception {
        String batch = run(dir.resolve("cache"), "batch", "in.jsonl", "--detail", "lean");
        // and, on 4 cores or fewer, more JIT compiler threads (the JVM gives 2 or 3 there) and less inlining
        // of already compiled methods, for a shorter warm-up
        assertTrue(
                batch.startsWith("-XX:+UseParallelGC\n-jar\n")
                        || batch.startsWith(
                                "-XX:+UseParallelGC\n-XX:CICompilerCount=4\n-XX:InlineSmallCode=1000\n-jar\n"),
                batch);
        assertFalse(batch.contains("TieredStopAtLevel"), batch);
        assertFalse(batch.contains("Archive"), batch);
    }

    @Test
    void runsOverManyRecordsUseTheArchiveAShortCommandMadeButNeverMakeOne() throws Exception {
        Path cache = dir.resolve("cache");
        run(cache, "evaluate", "examples/household.json");
        String batch = run(cache, "batch", "in.jsonl");
        assertTrue(batch.contains("-XX:SharedArchiveFile=" + cache.resolve("cds")), batch);
        assertFalse(batch.contains("ArchiveClassesAtExit"), batch);
        assertTrue(batch.contains("-XX:+UseParallelGC"), batch);
        assertFalse(batch.contains("TieredStopAtLevel"), batch);
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
