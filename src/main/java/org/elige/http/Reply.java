package org.elige.http;

import io.javalin.http.Context;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.elige.input.Json;
import org.elige.model.Messages;

/** Writing answers: JSON bodies, problem details, and the language the caller reads. */
final class Reply {
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";

    private Reply() {}

    /** Writes {@code body} as JSON with that status. */
    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(Json.WRITER.writeValueAsBytes(body));
    }

    /** Writes a problem, naming the request path as its instance. */
    static void problem(Context ctx, Problem p) {
        Problem at = p.instance() == null ? p.at(ctx.path()) : p;
        ctx.status(at.status()).contentType(PROBLEM).result(Json.WRITER.writeValueAsBytes(at));
    }

    /** es or en: the {@code lang} query parameter, else Accept-Language, else Spanish. */
    static String lang(Context ctx) {
        return lang(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    }

    /** The same for a request Jetty answers before Javalin sees it. */
    static String lang(Request request) {
        String q = null;
        try {
            q = Request.extractQueryParameters(request).getValue("lang");
        } catch (RuntimeException e) {
            // a malformed query: the default language
        }
        HttpField accept = request.getHeaders().getField(HttpHeader.ACCEPT_LANGUAGE);
        return lang(q, accept == null ? null : accept.getValue());
    }

    private static String lang(String query, String accept) {
        String chosen = query != null ? query : accept;
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "es";
    }

    /** A problem with title and detail from the message catalogue ({@code http.<kind>.title}, {@code http.<kind>}). */
    static Problem problem(Context ctx, int status, String kind, Object... args) {
        String lang = lang(ctx);
        return Problem.of(
                status,
                kind.replace('_', '-'),
                Messages.get(lang, "http." + kind + ".title"),
                Messages.get(lang, "http." + kind, args));
    }

    /** The same, thrown. */
    static ProblemException fail(Context ctx, int status, String kind, Object... args) {
        return problem(ctx, status, kind, args).toException();
    }
}
