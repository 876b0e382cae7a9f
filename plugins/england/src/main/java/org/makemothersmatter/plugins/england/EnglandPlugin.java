package org.makemothersmatter.plugins.england;

import gg.jte.Content;
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
import org.makemothersmatter.core.web.LatestNews;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.Texts;

/** MMM England: its subsite, content under content/england/, and its page on bridges between cultures. */
public final class EnglandPlugin implements SitePlugin {

    private static final Site SITE = new Site("england", "MMM England", List.of(Language.ENGLISH, Language.FRENCH), false);
    private static final String BRIDGES = "/bridges";
    private static final int LATEST = 3;

    private final Provider<Presenter> presenter;
    private final Provider<PageRenderer> renderer;
    private final Provider<LatestNews> news;

    @Inject
    EnglandPlugin(Provider<Presenter> presenter, Provider<PageRenderer> renderer, Provider<LatestNews> news) {
        this.presenter = presenter;
        this.renderer = renderer;
        this.news = news;
    }

    @Override
    public Site site() {
        return SITE;
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.get(BRIDGES, this::bridges);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(BRIDGES, "nav.bridges"));
    }

    /** Bridges between mothers of different cultures: what MMM England seeks, and its latest news. */
    private void bridges(Context ctx, SiteRequest request) {
        Presenter presenter = this.presenter.get();
        Texts t = presenter.texts(request);
        Content latest = news.get().cards(request, LATEST, 3);
        var view = new BridgesView(t, t.get("bridges.title"), latest,
                t.get("news.none"), request.url("/news"));
        renderer.get().render(ctx, SITE, "bridges", view,
                presenter.layout(request, view.title(), t.get("bridges.lead"), language -> BRIDGES, true));
    }
}
