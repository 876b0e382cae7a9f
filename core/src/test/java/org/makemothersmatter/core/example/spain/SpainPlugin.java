package org.makemothersmatter.core.example.spain;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.SiteRoutes;

/**
 * The plugin guide's worked example: MMM Spain, in Spanish and Catalan (which core does not translate: the plugin
 * ships its Catalan strings), with an events page listing the events it keeps in its own table.
 */
public final class SpainPlugin implements SitePlugin {

    static final String CODE = "spain";
    static final String EVENTS = "/events";

    @Override
    public Site site() {
        return new Site(CODE, "MMM Spain", List.of(Language.of("es"), Language.of("ca")), false);
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.page(EVENTS, EventsPage.class);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(EVENTS, "nav.events"));
    }
}
