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
 *   <li>its stylesheet, if any, at {@code assets/<code>/site.css}, served as {@code /assets/<code>/site.css};</li>
 *   <li>its UI strings, if any, in {@code messages/<code>_<language>.properties}, over core's.</li>
 * </ul>
 *
 * <p>Its own pages render through core's {@code Presenter} and {@code PageRenderer}. A plugin is itself one
 * of the sites those services know, so it injects them as {@code Provider<...>} and calls them per request.
 */
public interface SitePlugin {

    /** The site's identity: its code, name and languages, the first being its default. */
    Site site();

    /** Pages of its own, declared relative to the site: a plugin never spells its own prefix or host. */
    default void routes(SiteRoutes routes) {
    }

    /** Its own pages in the site's navigation, after core's entries (home, news, static pages). */
    default List<NavigationEntry> navigation() {
        return List.of();
    }
}
