package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A skipped browser test says which binary is missing (issue 13: it was skipped without a word). */
class BrowserTest {
    @Test
    void theSkipReasonNamesOnlyTheMissingBinary() {
        Path here = Path.of(System.getProperty("java.home"), "bin", "java");
        assertEquals(
                "browser tests skipped: /nowhere/chromedriver is missing"
                        + " (apt-get install chromium chromium-driver; .ci/run installs both)",
                Browser.whyNot(here, Path.of("/nowhere/chromedriver")));
        assertNull(Browser.whyNot(here));
    }
}
