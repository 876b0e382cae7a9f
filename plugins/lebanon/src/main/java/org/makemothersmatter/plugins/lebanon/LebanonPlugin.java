package org.makemothersmatter.plugins.lebanon;

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

/**
 * MMM Lebanon: its subsite in French, English and Arabic (right to left), content under content/lebanon/,
 * and its solidarity appeal.
 */
public final class LebanonPlugin implements SitePlugin {

    private static final Site SITE = new Site("lebanon", "MMM Lebanon", List.of(Language.FRENCH, Language.ENGLISH, Language.of("ar")), false);
    private static final String SOLIDARITY = "/solidarity";
    private static final int LATEST = 3;

    private final Provider<Presenter> presenter;
    private final Provider<PageRenderer> renderer;
    private final Provider<LatestNews> news;

    @Inject
    LebanonPlugin(Provider<Presenter> presenter, Provider<PageRenderer> renderer, Provider<LatestNews> news) {
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
        routes.get(SOLIDARITY, this::solidarity);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(SOLIDARITY, "nav.solidarity"));
    }

    /** Solidarity with Lebanon: who MMM Lebanon is, its appeal, and its latest news. */
    private void solidarity(Context ctx, SiteRequest request) {
        Presenter presenter = this.presenter.get();
        Texts t = presenter.texts(request);
        Content latest = news.get().cards(request, LATEST, 3);
        var view = new SolidarityView(t, t.get("solidarity.title"), latest,
                t.get("news.none"), request.url("/news"));
        renderer.get().render(ctx, SITE, "solidarity", view,
                presenter.layout(request, view.title(), t.get("solidarity.lead"), language -> SOLIDARITY, true));
    }
}
