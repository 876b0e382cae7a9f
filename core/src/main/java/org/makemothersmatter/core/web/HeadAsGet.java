package org.makemothersmatter.core.web;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a HEAD request as its GET, the body left out (Jetty sends none to a HEAD, whatever is written): the
 * same status and headers, the type and encoding of the page included, as HTTP means it. Left to the framework,
 * a HEAD of any address with a GET route got a bare 200 without a type, a missing image or page included.
 */
final class HeadAsGet extends Handler.Wrapper {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.HEAD.is(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        return super.handle(new Request.Wrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.asString();
            }
        }, response, callback);
    }
}
