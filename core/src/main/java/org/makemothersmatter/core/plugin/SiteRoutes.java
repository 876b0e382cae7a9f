package org.makemothersmatter.core.plugin;

/** Where a plugin declares its own pages. Paths are relative to the site and language: "/workshops". */
public interface SiteRoutes {

    void get(String path, SiteHandler handler);
}
