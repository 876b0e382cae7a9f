package org.makemothersmatter.plugins.england;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.plugin.SiteRoutes;
import org.makemothersmatter.core.web.OwnPages;

/** MMM England: its subsite, content under content/england/, and its page on bridges between cultures. */
public final class EnglandPlugin implements SitePlugin {

    private static final Site SITE = new Site("england", "MMM England", List.of(Language.ENGLISH, Language.FRENCH), false);
    private static final String BRIDGES = "/bridges";

    private final Provider<OwnPages> pages;

    @Inject
    EnglandPlugin(Provider<OwnPages> pages) {
        this.pages = pages;
    }

    @Override
    public Site site() {
        return SITE;
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.page(BRIDGES, this::bridges);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(BRIDGES, "nav.bridges"));
    }

    /** Bridges between mothers of different cultures: what MMM England seeks, and its latest news. */
    private void bridges(Context ctx, SiteRequest request) {
        pages.get().render(ctx, request, "bridges", pages.get().view(request, "bridges"), BRIDGES);
    }
}
