package org.makemothersmatter.core.plugin;

import java.util.function.Function;

/**
 * Where a plugin declares its own pages. Paths are relative to the site and language, with a leading slash:
 * "/workshops", "/events/{id}". Each is checked against core's routes and the plugin's others by what it matches:
 * a path that another shadows, or that is malformed, stops the start. A form sent to a {@link #post} route must
 * carry the page's {@link SitePage#formToken token}, which the handler checks with {@link SitePage#fromThisSite}.
 *
 * <p>A handler is a lambda, or one of the methods of a class of the plugin that core builds once with what its
 * constructor asks for (its DAOs, a {@code Clock}): {@code routes.post("/join", Join.class, join -> join::send)}.
 */
public interface SiteRoutes {

    /**
     * A page that is the same for every visitor and changes only with its site's content: kept rendered,
     * answered from memory, and rendered again after any change of the site's content (or of the network's,
     * for the international site), or of the plugin's records when a handler says {@link PluginRequest#changed}.
     * A page with a form (its token differs per visitor) is a {@link #get}.
     */
    void page(String path, SiteHandler handler);

    /** A page rendered for each request: one that differs per visitor, such as a form. */
    void get(String path, SiteHandler handler);

    /** A form's target. */
    void post(String path, SiteHandler handler);

    /** A kept page served by a class of the plugin that is itself a handler: {@code page("/events", Events.class)}. */
    default void page(String path, Class<? extends SiteHandler> handler) {
        page(path, handler, built -> built);
    }

    /** A kept page served by one of the handlers of a class of the plugin. */
    <T> void page(String path, Class<T> type, Function<T, SiteHandler> handler);

    /** A page rendered for each request, served by one of the handlers of a class of the plugin. */
    <T> void get(String path, Class<T> type, Function<T, SiteHandler> handler);

    /** A form's target, served by one of the handlers of a class of the plugin. */
    <T> void post(String path, Class<T> type, Function<T, SiteHandler> handler);
}
