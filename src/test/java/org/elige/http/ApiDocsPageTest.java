package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.elige.input.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The API in the browser (issue 17): Swagger UI at /api/docs on a server with tokens renders every
 * operation of the OpenAPI document with no console error under the service's strict
 * Content-Security-Policy, is readable without a token while the protected operations still answer
 * 401, and "Try it out" sends the bearer token given under "Authorize".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Screenshots.class)
class ApiDocsPageTest implements Screenshots.Holder {
    private final TestServers.Secured secured = TestServers.secured();
    private final Client anonymous = Client.to(secured.server());
    private ChromeDriver driver;
    private WebDriverWait wait;
    private String page;

    @Override
    public WebDriver driver() {
        return driver;
    }

    @BeforeAll
    void open() throws Exception {
        Browser.assumeAvailable();
        driver = Browser.start(1280, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        page = "http://127.0.0.1:" + secured.server().port() + ApiDocs.PATH;
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void fresh() {
        driver.get(page);
        driver.executeScript("localStorage.clear(); sessionStorage.clear();");
        driver.get(page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
    }

    @Test
    void swaggerUiListsEveryOperationOfTheDocumentWithNoConsoleError() {
        JsonNode doc =
                Json.READER.readTree(anonymous.get("/api/v1/openapi.json").body());
        Set<String> documented = new TreeSet<>();
        doc.path("paths")
                .properties()
                .forEach(p -> p.getValue()
                        .properties()
                        .forEach(m -> documented.add(m.getKey().toUpperCase() + " " + p.getKey())));
        Set<String> listed = new TreeSet<>();
        for (WebElement op : driver.findElements(By.cssSelector(".opblock"))) {
            listed.add(op.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
                    + op.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path"));
        }
        assertEquals(documented, listed);
        assertTrue(driver.findElement(By.cssSelector(".info .title")).getText().contains("elige caseworker service"));
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(List.of(), errors, "the console of " + page);
    }

    @Test
    void theDocsAndTheDocumentNeedNoTokenAndTheProtectedOperationsStillDo() {
        Client.Answer docs = anonymous.get(ApiDocs.PATH);
        assertEquals(200, docs.status());
        assertEquals(
                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
                docs.header("Content-Security-Policy"),
                "the service's policy, with Swagger UI's data: icons");
        assertEquals(200, anonymous.get(ApiDocs.PATH + "/swagger-ui-bundle.js").status());
        assertEquals(
                404,
                anonymous.get(ApiDocs.PATH + "/swagger-initializer.js").status(),
                "the WebJar's own initializer (another host's example) is not served");
        assertEquals(200, anonymous.get("/api/v1/openapi.json").status());
        assertEquals(401, anonymous.get("/api/v1/rules").status());
        assertEquals("401", tryIt("rules"));
    }

    @Test
    void tryItSendsTheBearerTokenGivenUnderAuthorize() {
        String token = secured.tokens().get(Role.AUDITOR);
        driver.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
        WebElement input =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input")));
        input.sendKeys(token);
        driver.findElement(By.cssSelector(".auth-container .auth-btn-wrapper .authorize"))
                .click();
        driver.findElement(By.cssSelector(".auth-container .auth-btn-wrapper .btn-done"))
                .click();
        assertEquals("200", tryIt("rules"));
        String curl = driver.findElement(By.cssSelector("#operations-default-rules .curl-command"))
                .getText();
        assertTrue(curl.contains("Authorization: Bearer " + token), curl);
        assertEquals("403", tryIt("reloadRules"), "an auditor may not reload the rules: the token was the auditor's");
    }

    /** Opens an operation, tries it out with no parameters and answers the status code shown. */
    private String tryIt(String operationId) {
        String op = "#operations-default-" + operationId;
        WebElement block = driver.findElement(By.cssSelector(op));
        if (block.findElements(By.cssSelector(".try-out__btn")).isEmpty()) {
            block.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(op + " .try-out__btn")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(op + " .execute")))
                .click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(op + " .live-responses-table tr.response .response-col_status")))
                .getText()
                .trim();
    }
}
