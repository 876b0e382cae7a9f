package org.makemothersmatter.core.plugin;

import io.javalin.http.Context;

/** Serves one page of a site in one language. */
@FunctionalInterface
public interface SiteHandler {

    void handle(Context ctx, SiteRequest request) throws Exception;
}
