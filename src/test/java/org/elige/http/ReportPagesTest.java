package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.TestFolders;
import org.elige.TestRules;
import org.elige.cli.Main;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The three HTML reports (impact, batch --report, replay --html) opened from disk in headless
 * Chromium, as an auditor opens a mailed file: no console errors, nothing fetched, the accessibility
 * check of the caseworker page passed, A4 printing; the impact map of JCF's age limit lowered from
 * 29 to 24 on a seeded caseload has 32 state shapes, each filled as its monthly benefit change
 * says; and every chart's figures are those of its table and of the JSON output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Screenshots.class)
class ReportPagesTest implements Screenshots.Holder {
    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

    @TempDir
    static Path dir;

    private ChromeDriver driver;
    private JavascriptExecutor js;
    private JsonNode impactJson;
    private JsonNode replayJson;
    private String batchSummary;

    @Override
    public WebDriver driver() {
        return driver;
    }

    @BeforeAll
    void makeTheReports() throws Exception {
        Browser.assumeAvailable();
        Path changed = dir.resolve("changed-rules");
        TestFolders.copy(TestRules.RULES, changed);
        Path params = changed.resolve("jcf/parameters.yaml");
        Files.writeString(params, Files.readString(params).replace("value: 29, tag: SEC", "value: 24, tag: SEC"));
        Generator g = new Generator(17, LocalDate.parse("2025-10-01"), TestRules.shipped());
        StringBuilder caseload = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            caseload.append(Json.WRITER.writeValueAsString(g.household(i))).append('\n');
        }
        Path households = dir.resolve("generated.jsonl");
        Files.writeString(households, caseload);
        String base = TestRules.RULES.toString();
        impactJson = Json.READER.readTree(run(
                "impact",
                "--base",
                base,
                "--candidate",
                changed.toString(),
                "--households",
                households.toString(),
                "--format",
                "json",
                "--html",
                dir.resolve("impact-en.html").toString(),
                "--lang",
                "en"));
        run(
                "impact",
                "--base",
                base,
                "--candidate",
                changed.toString(),
                "--households",
                households.toString(),
                "--html",
                dir.resolve("impact-es.html").toString());
        Path few = dir.resolve("few.jsonl");
        Files.writeString(
                few, String.join("\n", caseload.toString().lines().limit(15).toList()) + "\n");
        Path db = dir.resolve("log.db");
        batchSummary = runErr(
                "batch",
                few.toString(),
                "-o",
                dir.resolve("decisions.jsonl").toString(),
                "--record",
                "--db",
                db.toString(),
                "--report",
                dir.resolve("caseload.html").toString(),
                "--lang",
                "en");
        replayJson = Json.READER.readTree(run(
                "replay",
                "--log",
                "--db",
                db.toString(),
                "--rules",
                changed.toString(),
                "--format",
                "json",
                "--html",
                dir.resolve("replay.html").toString(),
                "--lang",
                "en"));
        driver = Browser.start(1280, 1000);
        // axe-core reads every drawn shape and every row of the replay: longer than on the caseworker page
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        js = driver;
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theImpactMapHas32StatesFilledByTheirMonthlyBenefitChange() {
        open("impact-en.html");
        Map<String, Object> map = map(".metric-benefit .chart");
        assertEquals(32L, map.get("regions"), "32 state shapes in the map");
        List<List<Object>> items = items(map);
        assertEquals(32, items.size());
        Map<String, Double> monthly = new HashMap<>();
        double most = 0;
        for (List<Object> item : items) {
            String code = (String) item.get(0);
            double expected = impactJson
                    .at("/summary/by_state/" + code + "/monthly_benefit_change")
                    .asDouble(0);
            assertEquals(expected, ((Number) item.get(1)).doubleValue(), 0.001, "the map's figure for " + code);
            monthly.put(code, expected);
            most = Math.max(most, Math.abs(expected));
        }
        assertTrue(most > 0, "lowering JCF's age limit costs something: " + impactJson.at("/summary"));
        int lost = 0;
        for (List<Object> item : items) {
            String code = (String) item.get(0);
            double v = monthly.get(code);
            // the diverging scale from −most (red) through 0 (grey) to +most (blue), as ECharts interpolates it
            int[] expected = lerp(List.of(rgb("#b2182b"), rgb("#f7f7f7"), rgb("#2166ac")), (v + most) / (2 * most));
            int[] fill = rgb((String) item.get(2));
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[c], fill[c], 1.0, code + " " + v + " is filled " + item.get(2));
            }
            lost += v < 0 ? 1 : 0;
            assertTrue(v <= 0, "nobody gains from a lower age limit: " + code);
        }
        assertTrue(lost > 5, "the loss is spread over several states: " + lost);
        // hovering a state shows its name and figures
        String oaxaca = (String) js.executeScript(
                "return echarts.getInstanceByDom(document.querySelector('.metric-benefit .chart')).getOption()"
                        + ".series[0].data.find(d => d.name === '20').tooltip.formatter;");
        assertTrue(
                oaxaca.startsWith("Oaxaca<br>")
                        && oaxaca.contains(String.format(java.util.Locale.US, "%,.2f MXN", monthly.get("20"))),
                oaxaca);
        // the drawn SVG holds at least one shape per state, the reddest in the most affected state's colour
        List<String> fills = strings("return [...document.querySelectorAll('.metric-benefit .chart svg path')]"
                + ".map(p => p.getAttribute('fill')).filter(f => f && f !== 'none');");
        assertTrue(fills.size() >= 32, fills.toString());
        assertTrue(
                fills.stream().anyMatch(f -> close(rgb(f), rgb("#b2182b"))), "the most affected state is the reddest");
    }

    @Test
    void theImpactChartsSayWhatTheirTablesAndTheJsonSay() {
        open("impact-en.html");
        List<List<String>> states = table("table.states");
        Map<String, Object> rates = map(".metric-rate .chart");
        Map<String, Double> perThousand = new HashMap<>();
        items(rates)
                .forEach(i -> perThousand.put(
                        (String) i.get(0), i.get(1) == null ? null : ((Number) i.get(1)).doubleValue()));
        Map<String, Object> benefit = map(".metric-benefit .chart");
        Map<String, Double> monthly = new HashMap<>();
        items(benefit).forEach(i -> monthly.put((String) i.get(0), ((Number) i.get(1)).doubleValue()));
        int seen = 0;
        for (List<String> row : states) {
            // State, INEGI code, Households, Changed, Per 1,000, Now eligible, No longer eligible, Monthly, Benefit
            // change
            String code = row.get(1);
            if (!monthly.containsKey(code)) {
                continue;
            }
            seen++;
            long households =
                    impactJson.at("/summary/households_by_state/" + code).asLong(0);
            long changed =
                    impactJson.at("/summary/by_state/" + code + "/changed").asLong(0);
            assertEquals(households, number(row.get(2)), 0, code);
            assertEquals(changed, number(row.get(3)), 0, code);
            assertEquals(monthly.get(code), number(row.get(7)), 0.001, code);
            assertEquals(
                    impactJson
                            .at("/summary/by_state/" + code + "/monthly_benefit_change")
                            .asDouble(0),
                    number(row.get(7)),
                    0.001,
                    code);
            if (households == 0) {
                assertEquals("—", row.get(4));
                assertEquals(null, perThousand.get(code), code + " has no household: no figure");
            } else {
                double expected = Math.round(changed * 10000.0 / households) / 10.0;
                assertEquals(expected, number(row.get(4)), 0.051, code);
                assertEquals(expected, perThousand.get(code), 0.051, code);
            }
            assertEquals(org.elige.model.Messages.code("en", "cve_ent", code), row.get(0), "a state by its name");
        }
        assertEquals(32, seen, "every state has its row");

        List<List<Double>> bars = series(".programs");
        List<List<String>> programs = table("table.programs");
        for (int p = 0; p < programs.size(); p++) {
            List<String> row = programs.get(p);
            JsonNode json = impactJson.at("/summary/by_program/" + row.get(0));
            assertEquals(json.path("gained").asDouble(), bars.get(0).get(p), row.toString());
            assertEquals(json.path("lost").asDouble(), bars.get(1).get(p), row.toString());
            assertEquals(
                    json.path("changed").asDouble()
                            - json.path("gained").asDouble()
                            - json.path("lost").asDouble(),
                    bars.get(2).get(p),
                    row.toString());
            assertEquals(json.path("lost").asDouble(), number(row.get(3)), row.toString());
        }
        List<Double> histogram = series(".histogram").get(0);
        List<List<String>> bins = table("table.histogram");
        assertEquals(bins.size(), histogram.size());
        for (int i = 0; i < bins.size(); i++) {
            assertEquals(
                    number(bins.get(i).get(1)), histogram.get(i), bins.get(i).toString());
        }
        assertEquals(
                impactJson.at("/summary/changed_households").asDouble(),
                histogram.stream().mapToDouble(Double::doubleValue).sum(),
                "every household whose results change is in the histogram once");
    }

    @Test
    void everyPageOpensOfflineWithoutErrorsPassesTheAccessibilityCheckAndPrintsOnA4() throws Exception {
        for (String page : List.of("impact-en.html", "impact-es.html", "caseload.html", "replay.html")) {
            open(page);
            assertEquals(
                    0L,
                    js.executeScript("return performance.getEntriesByType('resource').length;"),
                    page + " fetched nothing");
            List<String> problems = new CaseworkerPage(driver).accessibilityProblems();
            assertTrue(problems.isEmpty(), page + ":\n" + String.join("\n", problems));
            PrintOptions a4 = new PrintOptions();
            a4.setPageSize(new PageSize(29.7, 21.0));
            assertTrue(driver.print(a4).getContent().length() > 1000, page + " prints");
            assertEquals(List.of(), errors(), page + " logs no error");
        }
        open("impact-es.html");
        assertEquals("es", js.executeScript("return document.documentElement.lang;"));
        assertTrue(driver.getPageSource().contains("Por entidad"), "in Spanish");
        assertTrue(driver.getPageSource().contains("<td>Oaxaca</td><td class=\"n\">20</td>"), "states by name");
    }

    @Test
    void theCaseloadReportShowsTheBatchsOutcomesAndStates() {
        open("caseload.html");
        List<List<Double>> stacks = series(".programs");
        List<List<String>> programs = table("table.programs");
        assertTrue(programs.size() > 5, programs.toString());
        for (int p = 0; p < programs.size(); p++) {
            List<String> row = programs.get(p);
            StringBuilder line = new StringBuilder();
            for (int o = 0; o < stacks.size(); o++) {
                assertEquals(number(row.get(2 + o)), stacks.get(o).get(p), row + " outcome " + o);
                line.append(String.format(" %,17d", stacks.get(o).get(p).longValue()));
            }
            // the same figures as the batch's own summary on standard error
            assertTrue(batchSummary.contains(String.format("  %-16s", row.get(0)) + line), batchSummary + "\n" + row);
        }
        Map<String, Object> map = map(".map");
        assertEquals(32L, map.get("regions"));
        Map<String, List<String>> byCode = new HashMap<>();
        table("table.states").forEach(r -> byCode.put(r.get(1), r));
        double households = 0;
        for (List<Object> item : items(map)) {
            List<String> row = byCode.get((String) item.get(0));
            households += number(row.get(2));
            if (item.get(1) == null) {
                assertEquals("—", row.get(4));
                // no figure, no colour on the scale: the series' grey for states without data
                assertEquals(null, item.get(2), "no household, no colour on the scale: " + row);
            } else {
                assertEquals(((Number) item.get(1)).doubleValue(), number(row.get(4)), 0.001, row.toString());
            }
        }
        assertEquals(15, households, "every household decided is in a state's row");
        List<List<String>> asks = table("table.asks");
        List<Double> settles = series(".asks").get(0);
        for (int i = 0; i < asks.size(); i++) {
            assertEquals(number(asks.get(i).get(1)), settles.get(i), asks.get(i).toString());
        }
    }

    @Test
    void theReplayReportOpensWithItsVerdicts() {
        open("replay.html");
        List<Double> bars = series(".verdicts").get(0);
        JsonNode s = replayJson.path("summary");
        assertEquals(
                List.of(
                        s.path("identical").asDouble(),
                        s.path("outcome_changes").asDouble(),
                        s.path("reason_changes").asDouble(),
                        s.path("wording_changes").asDouble(),
                        s.path("errors").asDouble()),
                bars);
        assertTrue(s.path("different").asLong() > 0, "JCF's lower age limit changes the reasons at least");
        List<List<String>> table = table("table.verdicts");
        assertEquals(s.path("identical").asDouble(), number(table.get(0).get(1)));
        assertEquals(s.path("outcome_changes").asDouble(), number(table.get(2).get(1)));
        assertEquals(s.path("reason_changes").asDouble(), number(table.get(3).get(1)));
        assertEquals(s.path("wording_changes").asDouble(), number(table.get(4).get(1)));
        assertTrue(
                driver.getPageSource().indexOf("class=\"chart")
                        < driver.getPageSource().indexOf("<h2>"),
                "the chart comes before the rows");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
        assertTrue(code == Main.OK || code == Main.DIFFERENT, String.join(" ", args) + "\n" + err);
        return out.toString();
    }

    private static String runErr(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
        assertTrue(code == Main.OK || code == Main.INVALID_INPUT, String.join(" ", args) + "\n" + err);
        return err.toString();
    }

    /** Opens a report from disk and waits until each chart is drawn. */
    private void open(String file) {
        driver.get(dir.resolve(file).toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> (Boolean) js.executeScript("const c = document.querySelectorAll('.chart');"
                        + "return c.length > 0 && [...c].every(e => e.querySelector('svg'));"));
    }

    /** The errors the page logged to its console since the last call. */
    private List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A map chart's regions and, per state, its code, figure (null for none) and fill. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String chart) {
        return (Map<String, Object>) js.executeScript(
                "const c = echarts.getInstanceByDom(document.querySelector(arguments[0]));"
                        + "const s = c.getModel().getSeriesByIndex(0); const d = s.getData(); const items = [];"
                        + "for (let i = 0; i < d.count(); i++) { const v = d.get('value', i);"
                        + "  items.push([d.getName(i), isNaN(v) ? null : v, d.getItemVisual(i, 'style').fill]); }"
                        + "return {regions: s.coordinateSystem.regions.length, items: items};",
                chart);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> items(Map<String, Object> map) {
        return (List<List<Object>>) map.get("items");
    }

    /** A chart's series, each as its figures in order. */
    @SuppressWarnings("unchecked")
    private List<List<Double>> series(String chart) {
        List<List<Object>> raw = (List<List<Object>>) js.executeScript(
                "const c = echarts.getInstanceByDom(document.querySelector('.chart' + arguments[0]));"
                        + "return c.getOption().series.map(s => s.data.map(x => typeof x === 'object' ? x.value : x));",
                chart);
        List<List<Double>> out = new ArrayList<>();
        raw.forEach(s -> out.add(s.stream().map(x -> ((Number) x).doubleValue()).toList()));
        return out;
    }

    /** A table's body rows, each as its cells' text. */
    @SuppressWarnings("unchecked")
    private List<List<String>> table(String css) {
        return (List<List<String>>) js.executeScript(
                "return [...document.querySelectorAll(arguments[0] + ' tr')].filter(r => r.querySelector('td'))"
                        + ".map(r => [...r.children].map(c => c.textContent));",
                css);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) js.executeScript(script);
    }

    private static double number(String cell) {
        return new BigDecimal(cell.replace(",", "").replace("+", "").replace("%", "")).doubleValue();
    }

    private static int[] rgb(String color) {
        if (color.startsWith("#")) {
            int v = Integer.parseInt(color.substring(1), 16);
            return new int[] {v >> 16, (v >> 8) & 0xff, v & 0xff};
        }
        Matcher m = RGB.matcher(color);
        assertTrue(m.find(), color);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static boolean close(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) <= 1 && Math.abs(a[1] - b[1]) <= 1 && Math.abs(a[2] - b[2]) <= 1;
    }

    /** The colour at {@code t} (0 to 1) along evenly spaced stops. */
    private static int[] lerp(List<int[]> stops, double t) {
        double at = Math.max(0, Math.min(1, t)) * (stops.size() - 1);
        int left = (int) Math.floor(at);
        int right = Math.min(stops.size() - 1, left + 1);
        double f = at - left;
        int[] out = new int[3];
        for (int c = 0; c < 3; c++) {
            out[c] = (int) Math.round(stops.get(left)[c] + (stops.get(right)[c] - stops.get(left)[c]) * f);
        }
        return out;
    }
}
