package org.elige.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/**
 * The API in the browser: Swagger UI at {@value #PATH}, on the service's OpenAPI document. Its files
 * come from the Swagger UI WebJar on the class path; the page and its initializer are this
 * service's own ({@code /http/docs}), so no inline script is needed and the Content-Security-Policy
 * stays strict. Open to every caller, like the OpenAPI document; "Try it out" sends the token given
 * under "Authorize".
 */
final class ApiDocs {
    static final String PATH = "/api/docs";
    /**
     * The service's policy with one addition: Swagger UI's stylesheet draws its icons as {@code data:}
     * SVG images. Scripts, styles and requests stay this origin's alone.
     */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** The WebJar's own page and initializer, which open another host's example: this service serves its own. */
    private static final Set<String> REPLACED = Set.of("index.html", "swagger-initializer.js");

    private ApiDocs() {}

    static void install(JavalinConfig cfg) {
        cfg.staticFiles.add(s -> {
            s.hostedPath = PATH;
            s.directory = "/http/docs";
            s.location = Location.CLASSPATH;
        });
        String webjar = WEBJAR + version();
        cfg.staticFiles.add(s -> {
            s.hostedPath = PATH;
            s.directory = webjar;
            s.location = Location.CLASSPATH;
            s.skipFileFunction = req -> REPLACED.contains(last(req.getRequestURI()));
        });
    }

    /** The Swagger UI version on the class path, from the WebJar's Maven properties. */
    static String version() {
        try (InputStream in = ApiDocs.class.getResourceAsStream(WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the Swagger UI WebJar is not on the class path (" + WEBJAR_VERSION + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String last(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
