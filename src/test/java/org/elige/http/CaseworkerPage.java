package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The caseworker page as the browser tests use it: filling the form by JSON Pointer and finding results. */
final class CaseworkerPage {
    /** axe-core, fetched by the build (pom.xml, npm pack of the pinned version). */
    static final Path AXE = Path.of("target/axe/package/axe.min.js");

    private final WebDriver driver;
    private final JavascriptExecutor js;
    final WebDriverWait wait;

    CaseworkerPage(WebDriver driver) {
        this.driver = driver;
        this.js = (JavascriptExecutor) driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Opens the page afresh and waits until the form is built from the schema. */
    void open(String page) {
        driver.get(page);
        js.executeScript("localStorage.clear(); sessionStorage.clear();");
        driver.get(page);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("[data-pointer='/members/0/member_id']"))
                        .isEmpty());
    }

    /** Rosa (22, not studying, unemployed) and Guadalupe (69), in Oaxaca, evaluated on 2025-10-01. */
    void fillHousehold() {
        set("/household_id", "H-WEB-1");
        set("/evaluation_date", "2025-10-01");
        set("/location/cve_ent", "20");
        set("/members/0/given_names", "Rosa");
        set("/members/0/first_surname", "López");
        set("/members/0/birth_date", "2003-06-11");
        set("/members/0/sex", "M");
        set("/members/0/nationality", "MX_BIRTH");
        set("/members/0/studying", "false");
        set("/members/0/employment_status", "UNEMPLOYED");
        set("/members/0/jcf_history/status", "NEVER");
        set("/members/0/documents/official_id", "INE");
        set("/members/0/documents/proof_of_address_age_months", "1");
        driver.findElement(By.cssSelector("[data-t='add.members']")).click();
        set("/members/1/given_names", "Guadalupe");
        set("/members/1/first_surname", "Hernández");
        set("/members/1/birth_date", "1956-04-27");
        set("/members/1/sex", "M");
        set("/members/1/nationality", "MX_BIRTH");
    }

    /** The field that sets the value at a JSON Pointer, opened and focused as the "ask for" list does. */
    WebElement field(String pointer) {
        Object f = js.executeScript("return Form.focus(arguments[0]) ? Form.field(arguments[0]) : null;", pointer);
        assertNotNull(f, "no field for " + pointer);
        return (WebElement) f;
    }

    /** Answers a field: a choice by its value, a date as a date picker does, anything else typed. */
    void set(String pointer, String value) {
        WebElement f = field(pointer);
        if (f.getTagName().equals("select")) {
            new Select(f).selectByValue(value);
        } else if ("date".equals(f.getDomAttribute("type"))) {
            type(f, value);
        } else {
            f.clear();
            f.sendKeys(value);
        }
    }

    /** Puts a record into the JSON box as if typed there (the form follows). */
    void paste(String json) {
        js.executeScript(
                "const box = document.getElementById('json'); box.value = arguments[0];"
                        + "box.dispatchEvent(new Event('input', {bubbles: true}));",
                json);
    }

    /** The decision the page shows, as JSON text. */
    String decision() {
        return (String) js.executeScript("return JSON.stringify(state.decision);");
    }

    /** The record the form describes, as JSON text. */
    String record() {
        return (String) js.executeScript("return JSON.stringify(Form.record());");
    }

    /** Sets a date field the way a date picker does (typing into one depends on the browser's locale). */
    void type(WebElement input, String value) {
        js.executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input,
                value);
    }

    WebElement result(String program, String unit) {
        By at = By.cssSelector("#units li.program[data-program='" + program + "'][data-unit='" + unit + "']");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(at));
    }

    /**
     * The serious and critical WCAG 2.1 A and AA violations axe-core finds in the page as it is, one
     * line each: rule, impact, what it asks, and the elements.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems() throws java.io.IOException {
        assertTrue(
                Files.isReadable(AXE),
                AXE + " is missing: the build fetches it with npm (mvn generate-test-resources, online once)");
        js.executeScript(Files.readString(AXE));
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations}), e => done({error: String(e)}));");
        assertTrue(!results.containsKey("error"), String.valueOf(results.get("error")));
        return ((List<Map<String, Object>>) results.get("violations"))
                .stream()
                        .filter(v -> List.of("serious", "critical").contains(v.get("impact")))
                        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " — "
                                + ((List<Map<String, Object>>) v.get("nodes"))
                                        .stream()
                                                .map(n -> String.valueOf(n.get("target")))
                                                .collect(Collectors.joining(", ")))
                        .toList();
    }
}
