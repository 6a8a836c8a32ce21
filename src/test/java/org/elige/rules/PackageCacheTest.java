package org.elige.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elige.TestFolders;
import org.elige.TestRules;
import org.elige.fixtures.FixtureSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled packages are kept by the hash of their files: a second load reads every package back
 * and decides every fixture as the first; an edit recompiles only the edited package; a damaged
 * entry is compiled again and replaced.
 */
class PackageCacheTest {
    @TempDir
    Path dir;

    private Map<String, FileTime> entries(Path cache) throws IOException {
        Map<String, FileTime> found = new TreeMap<>();
        Path packages = cache.resolve("packages");
        if (Files.isDirectory(packages)) {
            try (Stream<Path> files = Files.list(packages)) {
                for (Path f : files.toList()) {
                    found.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
                }
            }
        }
        return found;
    }

    @Test
    void aSecondLoadReadsEveryPackageBackAndDecidesEveryFixtureAlike() throws Exception {
        Path cache = dir.resolve("cache");
        RuleSet first = RuleSetLoader.load(TestRules.RULES, BuildMode.CLASSIC, PackageCache.at(cache));
        Map<String, FileTime> written = entries(cache);
        long packages = DrlCompiler.byPackage(first.files().entrySet().stream()
                        .filter(e -> e.getKey().endsWith(".drl"))
                        .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll))
                .size();
        assertEquals(packages, written.size(), "one entry per package: " + written.keySet());

        RuleSet second = RuleSetLoader.load(TestRules.RULES, BuildMode.CLASSIC, PackageCache.at(cache));
        assertEquals(written, entries(cache), "nothing compiled or written again");
        assertEquals(first.id(), second.id());
        assertEquals(first.rules(), second.rules(), "the same rules with the same metadata");
        FixtureSuite.Report report = FixtureSuite.run(second, TestRules.FIXTURES);
        assertTrue(
                report.replays().size() > 400,
                "fixtures replayed: " + report.replays().size());
        assertEquals(0, report.failures(), "every fixture decides alike from cached packages");
    }

    @Test
    void anEditRecompilesOnlyTheEditedPackage() throws Exception {
        Path rules = dir.resolve("rules");
        TestFolders.copy(TestRules.RULES, rules);
        Path cache = dir.resolve("cache");
        RuleSetLoader.load(rules, BuildMode.CLASSIC, PackageCache.at(cache));
        Map<String, FileTime> before = entries(cache);

        Path age = rules.resolve("pam/age.drl");
        Files.writeString(
                age,
                Files.readString(age)
                        .replace("@es_found(\"Tiene {age:year}\")", "@es_found(\"Tiene {age:year} cumplidos\")"));
        RuleSet edited = RuleSetLoader.load(rules, BuildMode.CLASSIC, PackageCache.at(cache));

        Map<String, FileTime> after = entries(cache);
        assertEquals(before.size() + 1, after.size(), "one new entry, for the edited package");
        before.forEach((name, time) -> assertEquals(time, after.get(name), "untouched: " + name));
        assertTrue(
                edited.rules().values().stream()
                        .anyMatch(r -> String.valueOf(r.found()).contains("{age:year} cumplidos")),
                "the edit is in the loaded rules");
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws Exception {
        Path cache = dir.resolve("cache");
        RuleSet first = RuleSetLoader.load(TestRules.RULES, BuildMode.CLASSIC, PackageCache.at(cache));
        Path entry = cache.resolve("packages")
                .resolve(entries(cache).keySet().iterator().next());
        Files.write(entry, new byte[] {1, 2, 3});

        RuleSet again = RuleSetLoader.load(TestRules.RULES, BuildMode.CLASSIC, PackageCache.at(cache));
        assertEquals(first.rules(), again.rules());
        assertTrue(Files.size(entry) > 1000, "the damaged entry was written again");
        assertEquals(
                1,
                ((PackageCache.Entry) PackageCache.read(Files.readAllBytes(entry)))
                        .packages()
                        .size());
    }

    @Test
    void theCompilerWarmUpCompilesAsideAndWritesNothing() throws Exception {
        Path cache = dir.resolve("cache");
        RuleSet rules = RuleSetLoader.load(TestRules.RULES, BuildMode.CLASSIC, PackageCache.at(cache));
        Map<String, FileTime> before = entries(cache);
        Thread warm = RuleSetLoader.warmCompiler(rules);
        warm.join();
        assertEquals(before, entries(cache));
    }
}
