package org.elige.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts (Apache License 2.0) as the WebJar on the class path ships it: its minified
 * script, inlined into each report so the page opens with no network.
 */
final class Echarts {
    private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
    private static String script;

    private Echarts() {}

    /** The content of dist/echarts.min.js of the WebJar's version. */
    static synchronized String script() {
        if (script == null) {
            script = read(WEBJAR + version() + "/dist/echarts.min.js");
        }
        return script;
    }

    /** The WebJar's version, from its Maven properties (so pom.xml alone names it). */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Echarts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path (the ECharts WebJar, pom.xml)");
        }
        return in;
    }
}
