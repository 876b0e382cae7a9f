package org.makemothersmatter.plugins.france;

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

/** MMM France: its subsite, content under content/france/, and its page on the Mothers' Workshops. */
public final class FrancePlugin implements SitePlugin {

    private static final Site SITE = new Site("france", "MMM France", List.of(Language.FRENCH, Language.ENGLISH), false);
    private static final String WORKSHOPS = "/workshops";

    private final Provider<OwnPages> pages;

    @Inject
    FrancePlugin(Provider<OwnPages> pages) {
        this.pages = pages;
    }

    @Override
    public Site site() {
        return SITE;
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.page(WORKSHOPS, this::workshops);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(WORKSHOPS, "nav.workshops"));
    }

    /** The Mothers' Workshops: MMM France's technique, its place in the network, MMM France's latest news. */
    private void workshops(Context ctx, SiteRequest request) {
        pages.get().render(ctx, request, "workshops", pages.get().view(request, "workshops"), WORKSHOPS);
    }
}
