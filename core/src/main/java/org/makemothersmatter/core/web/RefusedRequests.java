package org.makemothersmatter.core.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before any route sees it: an address it cannot parse (400), too long (414),
 * headers too large (431). A short page in UTF-8, whatever the client says it accepts, with the headers every
 * answer of the site carries.
 */
final class RefusedRequests extends ErrorHandler {

    private final Map<String, String> headers;

    RefusedRequests(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (!generateAcceptableResponse(request, response, callback, "text/html", List.of(StandardCharsets.UTF_8),
                code, message, cause)) {
            callback.succeeded();
        }
    }
}
