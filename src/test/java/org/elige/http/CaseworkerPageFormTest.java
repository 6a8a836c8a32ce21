package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.input.Json;
import org.elige.input.SchemaCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The form built from the schema, in a real headless Chromium: it has a field for every fact of the
 * schema, round-trips the example household through the JSON box, lets a caseworker answer every
 * "ask for" question of the example in place, and has no serious accessibility violation (axe-core).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Screenshots.class)
class CaseworkerPageFormTest implements Screenshots.Holder {
    /** "Null means none" sub-records: their null says something, unlike every other null (unknown). */
    private static final Set<String> NULL_MEANS_NONE = Set.of("artisan", "damage", "jcf_history");

    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    private ChromeDriver driver;
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
    void everyPropertyOfTheSchemaHasAField() {
        form.paste(ApiTest.EXAMPLE);
        Set<String> names = new TreeSet<>();
        JsonNode schema = Json.READER.readTree(SchemaCheck.text());
        properties(schema, schema, names, new LinkedHashSet<>());
        names.remove("schema_version");
        List<String> without = new ArrayList<>();
        for (String name : names) {
            if (driver.findElements(By.cssSelector("#fields [data-pointer$='/" + name + "']"))
                    .isEmpty()) {
                without.add(name);
            }
        }
        assertEquals(List.of(), without, "facts of the schema without a field in the form");
    }

    @Test
    void theExampleRoundTripsFromJsonToTheFormAndBack() {
        form.paste(ApiTest.EXAMPLE);
        assertEquals("GUADALUPE", form.field("/members/0/given_names").getDomProperty("value"));
        assertEquals(
                "Oaxaca",
                new Select(form.field("/location/cve_ent"))
                        .getFirstSelectedOption()
                        .getText());
        Object expected = plain(Json.READER.readTree(ApiTest.EXAMPLE), null);
        assertEquals(expected, plain(Json.READER.readTree(form.record()), null), "form → record");
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur(); formToJson();");
        String box =
                (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById('json').value;");
        assertEquals(expected, plain(Json.READER.readTree(box), null), "form → JSON box");
        form.paste(box);
        assertEquals(expected, plain(Json.READER.readTree(form.record()), null), "JSON box → form, again");
        form.set("/members/2/artisan", "none");
        assertTrue(
                ((String) ((JavascriptExecutor) driver).executeScript("return document.getElementById('json').value;"))
                        .contains("\"artisan\": null"),
                "an edit in the form shows in the JSON box");
    }

    /**
     * The caseworker's whole task on the page: evaluate the example, answer every fact the open
     * results ask for in the form (the CURP and "has a CURP" are one question: "has none" answers
     * both), evaluate again; the open results are decided and nothing on screen is a pointer or a code.
     */
    @Test
    void aCaseworkerAnswersEveryQuestionInTheFormAndGetsDecidedResults() {
        form.paste(ApiTest.EXAMPLE);
        driver.findElement(By.id("submit")).click();
        form.result("JCF", "P2");
        JsonNode before = Json.READER.readTree(form.decision());
        Set<String> open = new TreeSet<>();
        Set<String> asked = new LinkedHashSet<>();
        before.path("results").forEach(r -> {
            if (r.path("outcome").asString().equals("UNDETERMINED")) {
                open.add(r.path("program").asString() + " "
                        + r.path("unit").path("id").asString());
                r.path("missing").forEach(p -> asked.add(p.asString()));
            }
        });
        assertFalse(asked.isEmpty(), "the example leaves results open");
        for (String pointer : asked) {
            answer(pointer, asked);
        }
        driver.findElement(By.id("submit")).click();
        form.wait.until(d -> !before.path("decision_id")
                .asString()
                .equals(Json.READER
                        .readTree(form.decision())
                        .path("decision_id")
                        .asString()));
        form.result("JCF", "P2");
        JsonNode after = Json.READER.readTree(form.decision());
        List<String> stillOpen = new ArrayList<>();
        after.path("results").forEach(r -> {
            String key = r.path("program").asString() + " "
                    + r.path("unit").path("id").asString();
            if (open.contains(key) && r.path("outcome").asString().equals("UNDETERMINED")) {
                stillOpen.add(key + " " + r.path("missing"));
            }
        });
        assertEquals(List.of(), stillOpen, "results still open after answering " + asked);
        assertTrue(after.path("errors").isEmpty(), after.path("errors").toString());
        String text = driver.findElement(By.tagName("body")).getText();
        assertFalse(text.contains("/members/"), "a JSON Pointer on screen:\n" + text);
        Matcher code = CODE.matcher(text);
        List<String> codes = new ArrayList<>();
        while (code.find()) {
            codes.add(code.group());
        }
        assertEquals(List.of(), codes, "codes on screen");
    }

    @Test
    void theEmptyFormWithEveryGroupOpenHasNoSeriousAccessibilityViolation() throws Exception {
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
        assertEquals(List.of(), form.accessibilityProblems());
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('fields').appendChild(document.createElement('select'));");
        List<String> broken = form.accessibilityProblems();
        assertTrue(
                broken.toString().contains("select-name (critical)"), "the check sees an unlabelled field: " + broken);
    }

    @Test
    void aShownResultHasNoSeriousAccessibilityViolation() throws Exception {
        form.paste(ApiTest.EXAMPLE);
        driver.findElement(By.id("submit")).click();
        form.result("JCF", "P2");
        assertEquals(List.of(), form.accessibilityProblems());
    }

    /** A definite answer: "none" or "no" where the form offers it, else the first choice, a number, a date. */
    private void answer(String pointer, Set<String> asked) {
        if (pointer.endsWith("/curp") && asked.contains(pointer.replace("/curp", "/documents/has_curp"))) {
            return;
        }
        WebElement f = form.field(pointer);
        if (f.getTagName().equals("select")) {
            Select select = new Select(f);
            List<String> values = select.getOptions().stream()
                    .map(o -> o.getDomProperty("value"))
                    .toList();
            String value = values.contains("none") ? "none" : values.contains("false") ? "false" : values.get(1);
            select.selectByValue(value);
        } else if ("date".equals(f.getDomAttribute("type"))) {
            form.type(f, "2000-01-01");
        } else {
            f.clear();
            f.sendKeys("number".equals(f.getDomAttribute("type")) ? "1" : "x");
        }
    }

    /** Every property name of the schema, following $ref once per definition. */
    private static void properties(JsonNode node, JsonNode root, Set<String> names, Set<String> seen) {
        if (node.has("$ref") && seen.add(node.path("$ref").asString())) {
            properties(root.at(node.path("$ref").asString().substring(1)), root, names, seen);
        }
        if (node.has("items")) {
            properties(node.path("items"), root, names, seen);
        }
        node.path("properties").properties().forEach(p -> {
            names.add(p.getKey());
            properties(p.getValue(), root, names, seen);
        });
    }

    /**
     * A record as plain values, with the nulls that mean "unknown" left out (absent says the same)
     * and numbers compared by value (3.0 = 3).
     */
    private static Object plain(JsonNode node, String name) {
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.properties().forEach(p -> {
                if (!p.getValue().isNull() || NULL_MEANS_NONE.contains(p.getKey())) {
                    out.put(p.getKey(), plain(p.getValue(), p.getKey()));
                }
            });
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(x -> out.add(plain(x, name)));
            return out;
        }
        if (node.isNumber()) {
            return new BigDecimal(node.asString()).stripTrailingZeros();
        }
        return node.isNull() ? null : node.isBoolean() ? (Object) node.asBoolean() : node.asString();
    }
}
