package org.makemothersmatter.core.web;

import io.javalin.http.Context;

/** Serves one of core's pages of a site in one language; a plugin's pages are served through its contract. */
@FunctionalInterface
public interface PageHandler {

    void handle(Context ctx, SiteRequest request) throws Exception;
}
