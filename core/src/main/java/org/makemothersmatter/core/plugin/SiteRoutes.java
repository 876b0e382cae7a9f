package org.makemothersmatter.core.plugin;

/**
 * Where a plugin declares its own pages. Paths are relative to the site and language: "/workshops". A form
 * sent to a {@link #post} route must carry the token of core's {@code PublicForms}.
 */
public interface SiteRoutes {

    void get(String path, SiteHandler handler);

    void post(String path, SiteHandler handler);
}
