package org.makemothersmatter.core.plugin;

/** Serves one of a plugin's pages, with what core hands it for the request. */
@FunctionalInterface
public interface SiteHandler {

    void handle(SitePage page) throws Exception;
}
