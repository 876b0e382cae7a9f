package org.makemothersmatter.plugins.lebanon;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.plugin.SiteRoutes;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.Texts;
import org.makemothersmatter.core.web.view.ArticleCard;

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
    private final Provider<TemplateEngine> templates;
    private final Provider<NewsService> news;

    @Inject
    LebanonPlugin(Provider<Presenter> presenter, Provider<PageRenderer> renderer, Provider<TemplateEngine> templates,
                  Provider<NewsService> news) {
        this.presenter = presenter;
        this.renderer = renderer;
        this.templates = templates;
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
        List<ArticleCard> cards = presenter.cards(news.get().latestOfSite(SITE.code(), request.language(), LATEST),
                request);
        // Core's cards, rendered by core's engine: this module's templates are compiled without core's tags.
        Content list = output -> templates.get().render("core/tags/cards.jte", Map.of("cards", cards, "level", 3),
                output);
        var view = new SolidarityView(t, t.get("solidarity.title"), cards.isEmpty() ? null : list,
                t.get("news.none"), request.url("/news"));
        renderer.get().render(ctx, SITE, "solidarity", view,
                presenter.layout(request, view.title(), t.get("solidarity.lead"), language -> SOLIDARITY, true));
    }
}
