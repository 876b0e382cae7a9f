package org.makemothersmatter.core.plugin;

import java.util.List;
import org.makemothersmatter.core.model.Site;

/**
 * What a site of the network contributes to the server. A national association is one plugin: a Maven
 * module whose Guice module binds its implementation with {@link SitePlugins#register}.
 *
 * <p>By convention, found by the site's code:
 * <ul>
 *   <li>its content files under {@code content/<code>/} on the classpath (association, pages, news);</li>
 *   <li>its JTE templates under {@code src/main/jte/<code>/}: a template named like a core one
 *       ({@code <code>/home.jte} for {@code core/home.jte}) replaces it for this site;</li>
 *   <li>its stylesheet and logo, if any, at {@code assets/<code>/site.css} and {@code logo.svg}, linked like every
 *       file of that folder by an address with a fingerprint of its bytes ({@code /assets/<code>/site.1e3f26f6.css},
 *       see {@code Assets});</li>
 *   <li>its UI strings, if any, in {@code messages/<code>_<language>.properties}, over core's;</li>
 *   <li>its own tables, if any, created by Flyway migrations under {@code db/plugins/<code>/}, with a
 *       migration history of its own, so that its versions never clash with core's or another plugin's.</li>
 * </ul>
 *
 * <p>Its own pages render through core's {@code Presenter} and {@code PageRenderer}. A plugin is itself one
 * of the sites those services know, so it injects them as {@code Provider<...>} and calls them per request.
 */
public interface SitePlugin {

    /** The site's identity: its code, name and languages, the first being its default. */
    Site site();

    /**
     * Pages of its own that core renders from the plugin's templates and strings alone (see {@link OwnPage}): most
     * plugins need nothing else. They come before its {@link #routes routes} and in its navigation.
     */
    default List<OwnPage> pages() {
        return List.of();
    }

    /** Pages of its own it programs, declared relative to the site: a plugin never spells its own prefix or host. */
    default void routes(SiteRoutes routes) {
    }

    /** Back-office pages of its own, for the site's editors: see {@link SiteAdminRoutes}. */
    default void adminRoutes(SiteAdminRoutes routes) {
    }

    /** Its own pages in the site's navigation, after core's entries (home, news, static pages). */
    default List<NavigationEntry> navigation() {
        return List.of();
    }
}
