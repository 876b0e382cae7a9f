package org.makemothersmatter.core.example.spain;

import java.util.List;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.PluginDeclaration;
import org.makemothersmatter.core.plugin.SiteRoutes;

/**
 * The plugin guide's worked example: MMM Spain, in Spanish and Catalan (which core does not translate: the plugin
 * ships its Catalan strings), with an events page listing the events it keeps in its own table.
 */
public final class SpainPlugin extends PluginDeclaration {

    static final String CODE = "spain";
    static final String EVENTS = "/events";

    public SpainPlugin() {
        super(CODE, "MMM Spain", List.of("es", "ca"));
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.page(EVENTS, EventsPage.class);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(EVENTS, "nav.events"));
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(EventDao.class);
    }
}
