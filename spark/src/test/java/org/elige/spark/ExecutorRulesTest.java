package org.elige.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.elige.engine.DecisionIds;
import org.elige.engine.Evaluator;
import org.elige.model.Decision;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

/**
 * An executor builds the rule set from the shipped texts, with the package cache off, once for
 * all its tasks: four tasks starting together get one compile, and it decides as the rules loaded
 * from their folder do.
 */
class ExecutorRulesTest {
    @Test
    void fourTasksStartingTogetherShareOneCompileFromTheTextsWithTheCacheOff() throws Exception {
        RuleShipment read = RuleShipment.read(LocalSpark.RULES, "off");
        TreeMap<String, String> pam = new TreeMap<>();
        read.files().forEach((path, text) -> {
            if (path.startsWith("pam/") || path.startsWith("common/") || path.equals("ruleset.yaml")) {
                pam.put(path, text);
            }
        });
        RuleShipment shipment = new RuleShipment(RuleSetLoader.identity(pam), "rules", pam, "off");
        ExecutorRules.clear();
        int before = ExecutorRules.compiles();
        ExecutorService tasks = Executors.newFixedThreadPool(4);
        List<Future<RuleSet>> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            got.add(tasks.submit((Callable<RuleSet>) () -> ExecutorRules.get(shipment)));
        }
        RuleSet first = got.get(0).get();
        for (Future<RuleSet> f : got) {
            assertSame(first, f.get(), "one rule set for the whole JVM");
        }
        tasks.shutdown();
        assertEquals(before + 1, ExecutorRules.compiles(), "compiled once");
        assertEquals(shipment.id(), first.id(), "rule_set.id is the hash of the texts");

        byte[] household = Files.readAllBytes(Path.of("../examples/household.json"));
        LocalDate date = LocalDate.parse(LocalSpark.AS_OF);
        Path folder = Files.createTempDirectory("pam");
        for (Map.Entry<String, String> f : pam.entrySet()) {
            Files.createDirectories(folder.resolve(f.getKey()).getParent());
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
        Decision fromTexts = Evaluator.decide(first, household, date, Map.of(), false);
        Decision fromFolder = Evaluator.decide(RuleSetLoader.load(folder), household, date, Map.of(), false);
        assertEquals(fromFolder.results(), fromTexts.results());
        assertEquals(DecisionIds.derived(fromFolder), DecisionIds.derived(fromTexts));
    }
}
