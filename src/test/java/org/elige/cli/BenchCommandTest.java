package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.elige.DemoRules;
import org.elige.model.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code bench --scale}: a line per catalogue size, the replicated folders kept where asked; {@code --windows}: a line
 * per window; {@code --plot}: both drawn as SVG plots with their series. Figures are not checked.
 */
class BenchCommandTest {

    @Test
    void scalePrintsALinePerSizeAndKeepsTheReplicatedFolders(@TempDir Path dir) {
        Path rules = DemoRules.in(dir).dir();
        Cli r = Cli.run(
                "bench",
                "--rules",
                rules.toString(),
                "--scale",
                "1,3",
                "--households",
                "3",
                "--seconds",
                "0",
                "--scale-dir",
                dir.resolve("scaled").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("3 households (generated, seed 1)"), r.out());
        // times, programs, rules (two criteria and a benefit per program), criteria
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+1\\s+1\\s+3\\s+2\\s.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+3\\s+3\\s+9\\s+6\\s.*")), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("scaled/rules-x3/demo_x03/rules.drl")));
    }

    @Test
    void windowsPrintTheRateOfEachWindowAndTheFirstAsAShareOfTheSteadyRate(@TempDir Path dir) {
        Path rules = DemoRules.in(dir).dir();
        Cli r = Cli.run(
                "bench", "--rules", rules.toString(), "--households", "200", "--windows", "64", "--threads", "1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("200 households"), r.out());
        // windows of 64 households (a batch's chunk), the last one shorter
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+0-64\\s+.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+192-200\\s+.*")), r.out());
        assertTrue(r.out().contains("first as a share of steady"), r.out());
    }

    @Test
    void windowsDrawTheRateAndTheCpuPerHouseholdAsPlots(@TempDir Path dir) throws Exception {
        Path rules = DemoRules.in(dir).dir();
        Path plots = dir.resolve("plots");
        Cli r = Cli.run(
                "bench",
                "--rules",
                rules.toString(),
                "--households",
                "200",
                "--windows",
                "64",
                "--threads",
                "1",
                "--plot",
                plots.toString(),
                "--lang",
                "es");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("gráfica escrita: " + plots.resolve("warmup-rate.svg")), r.out());
        assertEquals(
                List.of(Messages.get("es", "plot.warmup.rate.series", 64)),
                series(plots.resolve("warmup-rate.svg"), "es", "plot.warmup.rate.series"));
        assertEquals(
                List.of(Messages.get("es", "plot.warmup.cpu.workers"), Messages.get("es", "plot.warmup.cpu.process")),
                series(plots.resolve("warmup-cpu.svg"), "es", "plot.warmup.cpu.workers", "plot.warmup.cpu.process"));
    }

    @Test
    void scaleDrawsLoadTimeAndTimePerCriterionAgainstCatalogueSize(@TempDir Path dir) throws Exception {
        Path rules = DemoRules.in(dir).dir();
        Path plots = dir.resolve("plots");
        Cli r = Cli.run(
                "bench",
                "--rules",
                rules.toString(),
                "--scale",
                "1,2",
                "--households",
                "3",
                "--seconds",
                "0",
                "--plot",
                plots.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("plot written: " + plots.resolve("growth-criterion.svg")), r.out());
        assertEquals(
                List.of(Messages.get("en", "plot.growth.load.compile"), Messages.get("en", "plot.growth.load.cached")),
                series(plots.resolve("growth-load.svg"), "en", "plot.growth.load.compile", "plot.growth.load.cached"));
        assertEquals(
                List.of(Messages.get("en", "plot.growth.criterion.series")),
                series(plots.resolve("growth-criterion.svg"), "en", "plot.growth.criterion.series"));
    }

    @Test
    void plotsNeedWindowsOrScale(@TempDir Path dir) {
        Cli r = Cli.run("bench", "--plot", dir.toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--plot draws the figures of --windows or --scale"), r.err());
    }

    @Test
    void aPlotFolderThatCannotBeMadeIsRefusedBeforeTheRun(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Cli r = Cli.run(
                "bench", "--windows", "64", "--plot", file.resolve("plots").toString());
        assertEquals(Main.USAGE, r.code());
        assertEquals(
                "elige: cannot write plots in " + file.resolve("plots")
                        + ": it must be a folder you may write in (it is made if missing).",
                r.err().strip());
    }

    /**
     * Reads an SVG file (it must be well-formed XML whose root is an svg element of the plots' size)
     * and answers the legend's entries: the texts that name one of the series of those message keys,
     * in the order drawn.
     */
    private static List<String> series(Path svg, String lang, String... keys) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(Charts.WIDTH, Double.parseDouble(root.getAttribute("width")));
        assertEquals(Charts.HEIGHT, Double.parseDouble(root.getAttribute("height")));
        Set<String> names = new HashSet<>();
        for (String key : keys) {
            names.add(Messages.get(lang, key, 64));
        }
        List<String> legend = new ArrayList<>();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent();
            if (names.contains(t)) {
                legend.add(t);
            }
        }
        return legend;
    }

    @Test
    void aSizeBelowOneIsAUsageError() {
        Cli r = Cli.run("bench", "--scale", "1,0");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--scale takes sizes of 1 or more"), r.err());
    }
}
