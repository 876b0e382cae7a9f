package org.makemothersmatter.core.plugin;

/** Serves one back-office page of a plugin, with what core hands it for the request. */
@FunctionalInterface
public interface SiteAdminHandler {

    void handle(SiteAdminPage page) throws Exception;
}
