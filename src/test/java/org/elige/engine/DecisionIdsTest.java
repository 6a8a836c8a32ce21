package org.elige.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.elige.DemoRules;
import org.elige.TestRules;
import org.elige.model.Decision;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision's derived id depends only on what produced it, so a cluster task that decides the
 * same record again writes the same id; and rules held in memory load with the package cache off.
 */
class DecisionIdsTest {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

    @TempDir
    Path dir;

    private static Decision decide(LocalDate asOf, Map<String, String> overrides) throws Exception {
        byte[] record = Files.readAllBytes(Path.of("examples/household.json"));
        return Evaluator.decide(TestRules.shipped(), record, asOf, overrides, false);
    }

    @Test
    void theSameRecordRuleSetDateAndOverridesGiveTheSameIdRunAfterRun() throws Exception {
        Decision a = decide(DATE, Map.of());
        Decision b = decide(DATE, Map.of());
        assertNotEquals(a.decisionId(), b.decisionId(), "drawn ids differ");
        assertEquals(DecisionIds.derived(a), DecisionIds.derived(b));
        Decision derived = DecisionIds.withDerivedId(a);
        assertEquals(DecisionIds.derived(a), derived.decisionId());
        assertEquals(a.results(), derived.results(), "only the id changes");
        assertEquals(26, derived.decisionId().length(), "a ULID's shape: " + derived.decisionId());
    }

    @Test
    void anotherDateOrAnOverrideGivesAnotherId() throws Exception {
        String id = DecisionIds.derived(decide(DATE, Map.of()));
        assertNotEquals(id, DecisionIds.derived(decide(DATE.plusDays(1), Map.of())));
        assertNotEquals(id, DecisionIds.derived(decide(DATE, Map.of("jcf.age.max", "30"))));
    }

    @Test
    void rulesHeldInMemoryLoadWithTheCacheOffAsFromTheirFolder() throws Exception {
        Path folder = DemoRules.in(dir).dir();
        RuleSet fromFolder = RuleSetLoader.load(folder);
        RuleSet fromTexts = RuleSetLoader.load("demo", RuleSetLoader.read(folder), null);
        assertEquals(fromFolder.id(), fromTexts.id());
        assertEquals(fromFolder.rules().keySet(), fromTexts.rules().keySet());
        assertTrue(fromTexts.criterionRules() > 0);
        Path cache = dir.resolve("cache");
        RuleSetLoader.load("demo", RuleSetLoader.read(folder), cache);
        assertTrue(Files.isDirectory(cache.resolve("packages")), "a cache folder, when named, is written");
        assertFalse(Files.exists(dir.resolve("off")));
    }
}
