package org.makemothersmatter.plugins.france;

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

/** MMM France: its subsite, content under content/france/, and its page on the Mothers' Workshops. */
public final class FrancePlugin implements SitePlugin {

    private static final Site SITE = new Site("france", "MMM France", List.of(Language.FRENCH, Language.ENGLISH), false);
    private static final String WORKSHOPS = "/workshops";
    private static final int LATEST = 3;

    private final Provider<Presenter> presenter;
    private final Provider<PageRenderer> renderer;
    private final Provider<LatestNews> news;

    @Inject
    FrancePlugin(Provider<Presenter> presenter, Provider<PageRenderer> renderer, Provider<LatestNews> news) {
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
        routes.get(WORKSHOPS, this::workshops);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(WORKSHOPS, "nav.workshops"));
    }

    /** The Mothers' Workshops: MMM France's technique, its place in the network, MMM France's latest news. */
    private void workshops(Context ctx, SiteRequest request) {
        Presenter presenter = this.presenter.get();
        Texts t = presenter.texts(request);
        Content latest = news.get().cards(request, LATEST, 3);
        var view = new WorkshopsView(t, t.get("workshops.title"), latest,
                t.get("news.none"), request.url("/news"));
        renderer.get().render(ctx, SITE, "workshops", view,
                presenter.layout(request, view.title(), t.get("workshops.lead"), language -> WORKSHOPS, true));
    }
}
