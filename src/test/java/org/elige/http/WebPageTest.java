package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.audit.Canonical;
import org.elige.audit.DecisionShape;
import org.elige.engine.Evaluator;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The caseworker page in a real headless Chromium, at a phone's width: fill the form, see the
 * outcomes and reasons; switch to English; an invalid field shows its message beside it; paste
 * JSON; open a past decision; print one page. A failure leaves a screenshot in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Screenshots.class)
class WebPageTest implements Screenshots.Holder {
    private ChromeDriver driver;
    private WebDriverWait wait;
    private CaseworkerPage form;
    private String page;

    @Override
    public WebDriver driver() {
        return driver;
    }

    @BeforeAll
    void open() throws Exception {
        Browser.assumeAvailable();
        driver = Browser.start(412, 915);
        form = new CaseworkerPage(driver);
        wait = form.wait;
        page = "http://127.0.0.1:" + TestServers.dev().port() + "/";
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void fresh() {
        form.open(page);
    }

    @Test
    void underEachResultThePageSaysWhenItOpensAndWhatSingleChangeWould() throws Exception {
        form.paste(ApiTest.EXAMPLE);
        driver.findElement(By.id("submit")).click();
        WebElement pam = form.result("PAM", "P3");
        WebElement from = pam.findElement(By.cssSelector(".prospects li.eligible-from"));
        assertEquals("2029-02-10", from.getAttribute("data-date"));
        assertEquals("Puede solicitar a partir del 10 de febrero de 2029 (cumple 65 años).", from.getText());
        WebElement coop = form.result("COOP", "G1").findElement(By.cssSelector(".prospects li.would-qualify"));
        assertEquals("/groups/0/members_count", coop.getAttribute("data-pointer"));
        assertTrue(
                coop.getText().startsWith("Calificaría si el número de integrantes del grupo G1 fuera de al menos 5"));
        assertEquals(List.of(), form.accessibilityProblems());
    }

    @Test
    void aCaseworkerFillsTheFormAndSeesOutcomesReasonsAndFactsToAskFor() {
        form.fillHousehold();
        driver.findElement(By.id("submit")).click();
        WebElement jcf = form.result("JCF", "P1");
        assertEquals("ELIGIBLE", jcf.getAttribute("data-outcome"));
        assertEquals("Elegible", jcf.findElement(By.cssSelector(".badge")).getText());
        assertTrue(jcf.findElement(By.cssSelector(".benefit")).getText().contains("8,480.17"), jcf.getText());
        assertTrue(jcf.getText().contains("Tiene 22 años; el programa pide entre 18 y 29 años."), jcf.getText());
        assertEquals("ELIGIBLE", form.result("PAM", "P2").getAttribute("data-outcome"));
        WebElement pmb = form.result("PMB", "P1");
        assertEquals("No elegible", pmb.findElement(By.cssSelector(".badge")).getText());
        assertTrue(pmb.getText().contains("Tiene 22 años"), pmb.getText());
        assertEquals(
                "Falta información",
                form.result("BB_CUENTAHORRO", "P1")
                        .findElement(By.cssSelector(".badge"))
                        .getText());
        String ask = driver.findElement(By.id("ask")).getText();
        assertTrue(ask.contains("Datos que conviene pedir"), ask);
        assertTrue(ask.contains("la CURP de Rosa López (P1)"), ask);
        assertTrue(ask.contains("la identificación oficial de Guadalupe Hernández (P2)"), ask);
        assertFalse(ask.contains("/members/"), "no JSON Pointer reaches the caseworker");
        assertTrue(driver.findElement(By.cssSelector(".unit h3")).getText().contains("Rosa López"));
        WebElement curp = driver.findElement(By.cssSelector("#ask li[data-pointer='/members/0/curp'] a"));
        curp.click();
        assertEquals(
                "/members/0/curp",
                driver.switchTo().activeElement().getAttribute("data-pointer"),
                "the question opens its field");
    }

    @Test
    void programsThatDoNotApplyHereAreFoldedIntoOneLineThatOpens() {
        form.fillHousehold();
        driver.findElement(By.id("submit")).click();
        form.result("JCF", "P1");
        WebElement fold = driver.findElement(By.cssSelector(".unit details.not-here"));
        String summary = fold.findElement(By.tagName("summary")).getText();
        assertTrue(summary.matches("No aplica aquí \\(\\d+ programas?\\)"), summary);
        fold.findElement(By.tagName("summary")).click();
        assertTrue(form.result("MCB", "P1").isDisplayed(), "Microcréditos (2020-2022) is inside the fold");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        form.fillHousehold();
        driver.findElement(By.id("submit")).click();
        form.result("JCF", "P1");
        driver.findElement(By.id("lang")).click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(
                "Eligibility check",
                driver.findElement(By.cssSelector("h1 [data-t='app.heading']")).getText());
        assertEquals("Check eligibility", driver.findElement(By.id("submit")).getText());
        WebElement jcf = form.result("JCF", "P1");
        assertEquals("Eligible", jcf.findElement(By.cssSelector(".badge")).getText());
        assertTrue(jcf.getText().contains("Is 22 years old; the program requires 18 to 29."), jcf.getText());
        assertTrue(driver.findElement(By.id("ask")).getText().contains("Facts to ask for"));
        assertEquals(
                "— Unknown —",
                new Select(form.field("/location/inpi_municipality_type"))
                        .getFirstSelectedOption()
                        .getText());
        driver.navigate().refresh();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
        driver.findElement(By.id("lang")).click();
        assertEquals("Evaluar", driver.findElement(By.id("submit")).getText());
    }

    @Test
    void anInvalidFieldShowsItsMessageBesideIt() {
        form.fillHousehold();
        form.set("/members/0/curp", "ABC");
        form.set("/members/1/birth_date", "2030-01-01");
        WebElement curp = form.field("/members/0/curp");
        driver.findElement(By.id("submit")).click();
        WebElement curpError = driver.findElement(By.id(curp.getAttribute("id") + "-err"));
        wait.until(ExpectedConditions.textToBePresentInElement(curpError, "CURP"));
        assertEquals("La CURP \"ABC\" tiene 3 caracteres pero debería tener 18.", curpError.getText());
        assertEquals("true", curp.getAttribute("aria-invalid"));
        assertEquals(curpError.getAttribute("id"), curp.getAttribute("aria-describedby"));
        WebElement birth = form.field("/members/1/birth_date");
        assertTrue(driver.findElement(By.id(birth.getAttribute("id") + "-err"))
                .getText()
                .contains("2030-01-01"));
        WebElement summary = driver.findElement(By.id("summary"));
        assertTrue(summary.isDisplayed());
        assertTrue(summary.getText().contains("Revise 2 datos:"), summary.getText());
        summary.findElement(By.tagName("a")).click();
        assertEquals(
                curp.getAttribute("id"),
                driver.switchTo().activeElement().getAttribute("id"),
                "the link focuses the field");
        driver.findElement(By.id("lang")).click();
        assertEquals("The CURP \"ABC\" has 3 characters but should have 18.", curpError.getText());
    }

    @Test
    void pastedJsonIsEvaluatedAndAPastDecisionOpensById() throws Exception {
        String example = new String(
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples/household.json")),
                StandardCharsets.UTF_8);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('json').value = arguments[0];", example);
        driver.findElement(By.id("json-submit")).click();
        assertEquals("ELIGIBLE", form.result("JCF", "P2").getAttribute("data-outcome"));
        assertTrue(driver.findElement(By.id("units")).getText().contains("GUADALUPE HERNANDEZ GARCIA"));
        String meta = driver.findElement(By.id("meta")).getText();
        String id = meta.replaceAll(".*decisión (\\S+) .*", "$1");
        driver.navigate().refresh();
        driver.findElement(By.id("decision-id")).sendKeys(id + Keys.ENTER);
        assertEquals("ELIGIBLE", form.result("JCF", "P2").getAttribute("data-outcome"));
        assertTrue(driver.findElement(By.id("meta")).getText().contains(id));
        driver.findElement(By.id("decision-id")).clear();
        driver.findElement(By.id("decision-id")).sendKeys("01NOSUCHDECISION" + Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("decision-id-err")).getText().isEmpty());
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('json').value = '{\"household_id\": \"H\",\\n  \"members\": [}';");
        driver.findElement(By.id("json-submit")).click();
        WebElement jsonError = driver.findElement(By.id("json-err"));
        wait.until(d -> !jsonError.getText().isEmpty());
        assertTrue(jsonError.getText().contains("línea 2"), jsonError.getText());
    }

    @Test
    void aDecisionOfEitherShapeShowsItsProgramsNamesAndReasons() throws Exception {
        Decision d = Evaluator.decide(
                TestRules.shipped(),
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples/household.json")),
                null,
                Map.of());
        String two = Canonical.json(d);
        String one = Json.WRITER.writeValueAsString(DecisionShape.selfContained(Json.READER.readTree(two)));
        for (String decision : List.of(two, one)) {
            form.open(page);
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "document.getElementById('results').hidden = false;"
                                    + " Results.render(JSON.parse(arguments[0]), {}, 'es');",
                            decision);
            WebElement jcf = form.result("JCF", "P2");
            assertTrue(jcf.getText().contains("Jóvenes Construyendo el Futuro"), jcf.getText());
            assertTrue(jcf.getText().contains("el programa pide entre 18 y 29"), jcf.getText());
        }
    }

    @Test
    void theSummaryPrintsOnOnePage() {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('json').value = arguments[0];", ApiTest.EXAMPLE);
        driver.findElement(By.id("json-submit")).click();
        form.result("JCF", "P2");
        PrintOptions options = new PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] bytes = Base64.getDecoder().decode(driver.print(options).getContent());
        try {
            java.nio.file.Files.createDirectories(Screenshots.DIR);
            java.nio.file.Files.write(Screenshots.DIR.resolve("summary.pdf"), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
        assertEquals(1, countPages(pdf), "one page (target/screenshots/summary.pdf)");
    }

    @Test
    void everyFieldHasALabelAndThePageFitsAPhone() {
        form.field("/parcels");
        driver.findElement(By.cssSelector("[data-t='add.parcels']")).click();
        // one script for the hundreds of fields: those without an id or without exactly one label
        Object unlabelled = ((JavascriptExecutor) driver)
                .executeScript("return [...document.querySelectorAll('main input, main select, main textarea')]"
                        + ".filter(f => !f.id || document.querySelectorAll(`label[for='${f.id}']`).length !== 1)"
                        + ".map(f => f.outerHTML);");
        assertEquals(List.of(), unlabelled, "fields without an id or without exactly one label");
        assertTrue(driver.findElements(By.cssSelector("main select")).size() > 50, "the whole form is there");
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at 412 px");
        form.fillHousehold();
        form.field("/household_id").sendKeys(Keys.ENTER);
        form.result("JCF", "P1");
        assertEquals("h-results", driver.switchTo().activeElement().getAttribute("id"), "focus moves to the result");
        Object after = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) after).longValue(), "no sideways scrolling with the result shown");
    }

    @Test
    void onAServerWithTokensThePageAsksForOneAndThenWorks() {
        TestServers.Secured secured = TestServers.secured();
        form.open("http://127.0.0.1:" + secured.server().port() + "/");
        form.fillHousehold();
        driver.findElement(By.id("submit")).click();
        WebElement summary = driver.findElement(By.id("summary"));
        wait.until(d -> summary.isDisplayed() && summary.getText().contains("token"));
        assertEquals("true", driver.findElement(By.id("auth")).getAttribute("open"));
        assertEquals("token", driver.switchTo().activeElement().getAttribute("id"));
        driver.findElement(By.id("token")).sendKeys(secured.tokens().get(Role.AUDITOR));
        driver.findElement(By.id("token-save")).click();
        driver.findElement(By.id("submit")).click();
        wait.until(d -> summary.getText().contains("AUDITOR"));
        driver.findElement(By.id("token")).clear();
        driver.findElement(By.id("token")).sendKeys(secured.tokens().get(Role.CASEWORKER));
        driver.findElement(By.id("token-save")).click();
        driver.findElement(By.id("submit")).click();
        assertEquals("ELIGIBLE", form.result("JCF", "P1").getAttribute("data-outcome"));
        assertTrue(!summary.isDisplayed());
    }

    /** Page objects in a PDF ({@code /Type /Page}, not {@code /Pages}). */
    private static long countPages(String pdf) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/Type\\s*/Page(?!s)").matcher(pdf);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
