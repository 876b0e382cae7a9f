package org.makemothersmatter.core.admin;

import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.makemothersmatter.core.account.Passwords;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.cache.KeptBytes;

/**
 * Refuses a sign-in ahead of the web framework while every turn of the password hashing is taken: during a flood,
 * each refusal then costs neither the framework's work nor reading the form, and the public pages keep the
 * processors. The sign-in itself still takes its turn, so that one let through here can be refused there too.
 */
public final class BusySignIns extends Handler.Wrapper {

    private final Passwords passwords;
    private final AdminPages pages;
    private Map<String, String> fixedHeaders = Map.of();

    @Inject
    public BusySignIns(Passwords passwords, AdminPages pages) {
        this.passwords = passwords;
        this.pages = pages;
    }

    /** Headers every answer carries (the security headers the framework adds to the pages it renders). */
    public void fixedHeaders(Map<String, String> headers) {
        this.fixedHeaders = Map.copyOf(headers);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.POST.is(request.getMethod()) || passwords.hasTurn()
                || !SignInRoutes.SIGN_IN.equals(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        fixedHeaders.forEach(response.getHeaders()::put);
        // Nothing was checked nor changed: a few seconds later, the hashing threads have caught up.
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        byte[] page = pages.error(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE), "503.busy");
        KeptBytes.send(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, PageRenderer.HTML, null, page);
        return true;
    }
}
