package org.elige.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves a screenshot and the page's HTML under {@code target/screenshots/} when a browser test
 * fails, before the browser is closed; the test class exposes its driver through {@link Holder}.
 */
final class Screenshots implements AfterTestExecutionCallback {
    static final Path DIR = Path.of("target", "screenshots");

    /** A test class whose browser can be photographed. */
    interface Holder {
        WebDriver driver();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty()
                || !(context.getRequiredTestInstance() instanceof Holder h)
                || h.driver() == null) {
            return;
        }
        Files.createDirectories(DIR);
        String name = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        save(DIR.resolve(name + ".png"), () -> ((TakesScreenshot) h.driver()).getScreenshotAs(OutputType.BYTES));
        save(
                DIR.resolve(name + ".html"),
                () -> h.driver().getPageSource().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void save(Path to, Supplier<byte[]> bytes) {
        try {
            Files.write(to, bytes.get());
            System.err.println("browser test failed: saved " + to);
        } catch (IOException | RuntimeException e) {
            System.err.println("browser test failed; could not save " + to + ": " + e);
        }
    }
}
