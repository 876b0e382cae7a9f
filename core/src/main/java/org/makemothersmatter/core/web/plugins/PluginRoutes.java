package org.makemothersmatter.core.web.plugins;

import java.util.function.Function;
import org.makemothersmatter.core.plugin.SiteHandler;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.SiteRoutes;
import org.makemothersmatter.core.sites.PluginClasses;
import org.makemothersmatter.core.web.SiteRouter;

/** A plugin's routes of a site in a language, declared through its contract onto core's router. */
final class PluginRoutes implements SiteRoutes {

    private final SitePlugin plugin;
    private final SiteRouter router;
    private final PluginPages pages;
    private final PluginClasses classes;

    PluginRoutes(SitePlugin plugin, SiteRouter router, PluginPages pages, PluginClasses classes) {
        this.plugin = plugin;
        this.router = router;
        this.pages = pages;
        this.classes = classes;
    }

    @Override
    public void page(String path, SiteHandler handler) {
        router.page(path, pages.serve(handler));
    }

    @Override
    public void get(String path, SiteHandler handler) {
        router.get(path, pages.serve(handler));
    }

    @Override
    public void post(String path, SiteHandler handler) {
        router.post(path, pages.serve(handler));
    }

    @Override
    public <T> void page(String path, Class<T> type, Function<T, SiteHandler> handler) {
        page(path, handler.apply(classes.build(plugin, type)));
    }

    @Override
    public <T> void get(String path, Class<T> type, Function<T, SiteHandler> handler) {
        get(path, handler.apply(classes.build(plugin, type)));
    }

    @Override
    public <T> void post(String path, Class<T> type, Function<T, SiteHandler> handler) {
        post(path, handler.apply(classes.build(plugin, type)));
    }
}
