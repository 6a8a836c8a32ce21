package org.elige.http;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The caseworker page as the browser tests use it: filling the form and finding results. */
final class CaseworkerPage {
    private final WebDriver driver;
    final WebDriverWait wait;

    CaseworkerPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Rosa (22, not studying, unemployed) and Guadalupe (69), in Oaxaca, evaluated on 2025-10-01. */
    void fillHousehold() {
        driver.findElement(By.id("household_id")).sendKeys("H-WEB-1");
        type(driver.findElement(By.id("evaluation_date")), "2025-10-01");
        new Select(driver.findElement(By.id("cve_ent"))).selectByValue("20");
        WebElement rosa = member(0);
        rosa.findElement(By.cssSelector("[data-f='given_names']")).sendKeys("Rosa");
        rosa.findElement(By.cssSelector("[data-f='first_surname']")).sendKeys("López");
        type(rosa.findElement(By.cssSelector("[data-f='birth_date']")), "2003-06-11");
        choose(rosa, "sex", "M");
        choose(rosa, "nationality", "MX_BIRTH");
        choose(rosa, "studying", "false");
        choose(rosa, "employment_status", "UNEMPLOYED");
        choose(rosa, "jcf_history.status", "NEVER");
        choose(rosa, "documents.official_id", "INE");
        rosa.findElement(By.cssSelector("[data-f='documents.proof_of_address_age_months']"))
                .sendKeys("1");
        driver.findElement(By.id("add-member")).click();
        WebElement lupe = member(1);
        lupe.findElement(By.cssSelector("[data-f='given_names']")).sendKeys("Guadalupe");
        lupe.findElement(By.cssSelector("[data-f='first_surname']")).sendKeys("Hernández");
        type(lupe.findElement(By.cssSelector("[data-f='birth_date']")), "1956-04-27");
        choose(lupe, "sex", "M");
        choose(lupe, "nationality", "MX_BIRTH");
    }

    WebElement member(int i) {
        return driver.findElements(By.cssSelector("#members .member")).get(i);
    }

    private static void choose(WebElement card, String field, String value) {
        new Select(card.findElement(By.cssSelector("[data-f='" + field + "']"))).selectByValue(value);
    }

    /** Sets a date field the way a date picker does (typing into one depends on the browser's locale). */
    void type(WebElement input, String value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        input,
                        value);
    }

    WebElement result(String program, String unit) {
        By at = By.cssSelector("#units li.program[data-program='" + program + "'][data-unit='" + unit + "']");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(at));
    }
}
