package org.elige.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.elige.input.Json;
import org.elige.model.Messages;

/**
 * Errors Jetty answers before a request reaches Javalin (a malformed URI or header, a request line
 * too long) leave as problem+json too, never as Jetty's HTML page, in the caller's language (Jetty's
 * own English reason is not passed on).
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String lang = Reply.lang(request);
        String kind = Messages.has("http.http_error." + code) ? "http.http_error." + code : "http.http_error";
        Problem p = Problem.of(
                code, "http-error", Messages.get(lang, "http.http_error.title"), Messages.get(lang, kind, code));
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.PROBLEM);
        response.write(true, ByteBuffer.wrap(Json.WRITER.writeValueAsBytes(p)), callback);
    }
}
