package org.makemothersmatter.core.plugin;

import io.javalin.http.Context;

/** Serves one back-office page of a plugin. */
@FunctionalInterface
public interface SiteAdminHandler {

    void handle(Context ctx, SiteAdminRequest request) throws Exception;
}
