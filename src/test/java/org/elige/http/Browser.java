package org.elige.http;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: never a downloaded browser. The
 * flags keep it off the network (this machine's network is closed) and give it a fresh profile.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /**
     * Skips the calling test class unless both binaries are here (CI installs them, .ci/run), saying
     * which one is missing in the skip reason and on standard error, where a run's log shows it.
     */
    static void assumeAvailable() {
        String why = whyNot(CHROMIUM, CHROMEDRIVER);
        if (why != null) {
            System.err.println(why);
            Assumptions.abort(why);
        }
    }

    /** Why the browser tests cannot run, naming each missing binary; null when all are there. */
    static String whyNot(Path... binaries) {
        List<String> missing = Stream.of(binaries)
                .filter(p -> !Files.isExecutable(p))
                .map(Path::toString)
                .toList();
        return missing.isEmpty()
                ? null
                : "browser tests skipped: " + String.join(" and ", missing)
                        + (missing.size() == 1 ? " is" : " are")
                        + " missing (apt-get install chromium chromium-driver; .ci/run installs both)";
    }

    static ChromeDriver start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("elige-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "--lang=es-MX");
        // the page's console (script errors, refused loads) for the tests to read: driver.manage().logs()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
