package org.makemothersmatter.core.plugin;

import java.util.function.Function;

/**
 * Where a plugin declares its own pages. Paths are relative to the site and language: "/workshops". A form
 * sent to a {@link #post} route must carry the token of core's {@code PublicForms}.
 */
public interface SiteRoutes {

    /**
     * A page that is the same for every visitor and changes only with its site's content: kept rendered,
     * answered from memory, and rendered again after any change of the site's content (or of the network's,
     * for the international site). A page with a form (its token differs per visitor) is a {@link #get}.
     */
    void page(String path, SiteHandler handler);

    /**
     * The same, served by a class of the plugin that core builds with what its constructor asks for (its DAOs,
     * core's {@code OwnPages}...): a plugin needs no injection of its own to program a page.
     */
    default void page(String path, Class<? extends SiteHandler> handler) {
        page(path, handler, built -> built);
    }

    /**
     * A kept page served by one of the handlers of a class of the plugin, which core builds once with what its
     * constructor asks for: {@code routes.page("/thanks", Consultation.class, c -> c::thanks)}.
     */
    <T> void page(String path, Class<T> type, Function<T, SiteHandler> handler);

    /** A page rendered for each request, served by a handler of a class core builds (see above). */
    <T> void get(String path, Class<T> type, Function<T, SiteHandler> handler);

    /** A form's target, served by a handler of a class core builds (see above). */
    <T> void post(String path, Class<T> type, Function<T, SiteHandler> handler);

    /** A page rendered for each request: one that differs per visitor, such as a form. */
    void get(String path, SiteHandler handler);

    void post(String path, SiteHandler handler);
}
