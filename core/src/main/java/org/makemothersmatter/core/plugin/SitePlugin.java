package org.makemothersmatter.core.plugin;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/**
 * What a national association contributes to the server: the one type a plugin implements, found by its
 * {@code META-INF/services/org.makemothersmatter.core.plugin.SitePlugin} file and built with no argument. This
 * package is the whole contract: a plugin's code uses nothing else of core's, and the network's tests check it.
 *
 * <p>By convention, found by the site's code:
 * <ul>
 *   <li>its content files under {@code content/<code>/} on the classpath (association, pages, news);</li>
 *   <li>its JTE templates under {@code src/main/jte/<code>/}: a template named like a core one
 *       ({@code <code>/card.jte} for {@code core/tags/card.jte}) replaces it for this site, given the same view
 *       (from {@code core.web.view}); {@code <code>/blocks/<name>.jte} fills a named block of core's frame;</li>
 *   <li>its stylesheet and logo, if any, at {@code assets/<code>/site.css} and {@code logo.svg}, linked like every
 *       file of that folder by an address with a fingerprint of its bytes;</li>
 *   <li>its UI strings, if any, in {@code messages/<code>_<language>.properties}, over core's;</li>
 *   <li>its own tables, if any, created by Flyway migrations under {@code db/plugins/<code>/}, in a database
 *       schema of its own that its migrations and {@link #daos DAOs} cannot leave.</li>
 * </ul>
 *
 * <p>Its pages are served by {@link SiteHandler}s, given a {@link SitePage} per request; its own classes (handlers,
 * records) are built by core with what their constructors ask for, which may be only its DAOs, its own classes, a
 * {@code java.time.Clock} and this package's types: anything else of core's stops the start, naming the class.
 */
public interface SitePlugin {

    /** The site's code: its path segment ({@code /spain/es/}) and the name of its folders. */
    String code();

    /** The association's name, as its site shows it unless its strings translate {@code site.name}. */
    String name();

    /** The BCP 47 tags of the languages it publishes in ({@code "es"}, {@code "ca"}), the first its default. */
    List<String> languages();

    /** The site these declare, as core hosts it. */
    default Site site() {
        return new Site(code(), name(), languages().stream().map(Language::of).toList(), false);
    }

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

    /**
     * Its Jdbi SQL object interfaces, which core creates on the plugin's own database account, where only the
     * plugin's schema is in reach: a handler asks for one in its constructor.
     */
    default List<Class<?>> daos() {
        return List.of();
    }
}
