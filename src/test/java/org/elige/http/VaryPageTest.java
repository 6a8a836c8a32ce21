package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elige.input.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The page's chart of benefits as income varies, in a real headless Chromium: it draws with ECharts
 * (from its WebJar, under the page's strict CSP) without a console error, marks the thresholds, and
 * its table holds the numbers of the JSON answer; the page still passes the accessibility check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Screenshots.class)
class VaryPageTest implements Screenshots.Holder {
    /** Collects console errors, uncaught errors, failed loads and CSP violations from the first script on. */
    private static final String WATCH = "window.__problems = [];"
            + "const e = console.error.bind(console);"
            + "console.error = (...a) => { window.__problems.push('console: ' + a.join(' ')); e(...a); };"
            + "window.addEventListener('error', (ev) => window.__problems.push('error: '"
            + " + (ev.message || (ev.target && (ev.target.src || ev.target.href)))), true);"
            + "window.addEventListener('unhandledrejection', (ev) => window.__problems.push('rejection: ' + ev.reason));"
            + "document.addEventListener('securitypolicyviolation', (ev) => window.__problems.push("
            + "'csp: ' + ev.violatedDirective + ' ' + ev.blockedURI));";

    private ChromeDriver driver;
    private CaseworkerPage page;

    @Override
    public WebDriver driver() {
        return driver;
    }

    @BeforeAll
    void open() throws Exception {
        Browser.assumeAvailable();
        driver = Browser.start(1024, 900);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        page = new CaseworkerPage(driver);
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theChartDrawsEachProgramsBenefitWithThresholdsAndItsTableIsTheJson() throws Exception {
        page.open("http://127.0.0.1:" + TestServers.dev().port() + "/");
        page.paste(ApiTest.EXAMPLE);
        driver.findElement(By.id("json-submit")).click();
        page.result("JCF", "P2");
        driver.findElement(By.id("vary-submit")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vary-chart canvas")));
        page.wait.until(
                d -> !d.findElements(By.cssSelector("#vary-table tbody tr")).isEmpty());
        JavascriptExecutor js = driver;
        JsonNode sweep = Json.READER.readTree((String) js.executeScript("return JSON.stringify(Vary.sweep);"));
        assertEquals(81, sweep.path("points").size());

        // the chart: ECharts holds a series per program with a benefit, then the total, whose mark lines are the
        // thresholds
        @SuppressWarnings("unchecked")
        Map<String, Object> option = (Map<String, Object>)
                js.executeScript("const o = Vary.chart.getOption(); return {series: o.series.map(s => s.name),"
                        + " marks: o.series[o.series.length - 1].markLine.data.map(m => m.xAxis)};");
        @SuppressWarnings("unchecked")
        List<String> series = (List<String>) option.get("series");
        assertEquals(
                List.of(
                        "Jóvenes Construyendo el Futuro · Persona P2",
                        "Pensión para el Bienestar de las Personas Adultas Mayores · Persona P1",
                        "Total"),
                series);
        @SuppressWarnings("unchecked")
        List<Object> marks = (List<Object>) option.get("marks");
        assertEquals(1, marks.size());
        assertEquals(
                0,
                new BigDecimal("17197.29").compareTo(new BigDecimal(marks.get(0).toString())));
        assertTrue(
                driver.findElement(By.cssSelector("#vary-thresholds li[data-program='CONAVI_VS']"))
                        .getAttribute("textContent")
                        .contains("17,197.29"),
                "the threshold in words");

        // the table: one row per point, each program's monthly benefit and the total, as the JSON says
        List<WebElement> rows = driver.findElements(By.cssSelector("#vary-table tbody tr"));
        assertEquals(sweep.path("points").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode point = sweep.path("points").get(i);
            List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
            assertEquals(0, point.path("value").decimalValue().compareTo(number(cells.get(0))), "value of row " + i);
            assertEquals(
                    0,
                    point.path("total").decimalValue().compareTo(number(cells.get(cells.size() - 1))),
                    "total of row " + i);
            assertEquals(0, monthly(point, "JCF").compareTo(number(cells.get(1))), "JCF in row " + i);
            assertEquals(0, monthly(point, "PAM").compareTo(number(cells.get(2))), "PAM in row " + i);
        }

        List<String> problems = new ArrayList<>();
        ((List<?>) js.executeScript("return window.__problems;")).forEach(p -> problems.add(String.valueOf(p)));
        assertEquals(List.of(), problems, "no console error, failed load or CSP violation");
        driver.findElement(By.cssSelector("#vary-data summary")).click();
        assertEquals(List.of(), page.accessibilityProblems());
    }

    private static BigDecimal number(WebElement cell) {
        return new BigDecimal(cell.getAttribute("textContent").replace(",", "").trim());
    }

    private static BigDecimal monthly(JsonNode point, String program) {
        for (JsonNode r : point.path("results")) {
            if (r.path("program").asString().equals(program)
                    && r.path("benefit").has("monthly")) {
                return r.path("benefit").path("monthly").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }
}
