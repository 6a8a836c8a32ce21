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
 * too long) leave as problem+json too, never as Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Problem p = Problem.of(
                code,
                "http-error",
                Messages.get("es", "http.http_error.title"),
                Messages.get("es", "http.http_error", code) + (message == null ? "" : " " + message));
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.PROBLEM);
        response.write(true, ByteBuffer.wrap(Json.WRITER.writeValueAsBytes(p)), callback);
    }
}
