package org.makemothersmatter.core.web;

import gg.jte.Content;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.web.view.ArticleCard;

/**
 * A site's latest news as core's cards, ready for a plugin's page to show: a plugin's templates cannot call
 * core's (each module compiles its own alone), so the cards come already rendered.
 */
public final class LatestNews {

    private final NewsService news;
    private final Presenter presenter;
    private final PageRenderer renderer;

    @Inject
    public LatestNews(NewsService news, Presenter presenter, PageRenderer renderer) {
        this.news = news;
        this.presenter = presenter;
        this.renderer = renderer;
    }

    /** The site's latest articles as cards under headings of the given level, or null when it has none yet. */
    public Content cards(SiteRequest request, int count, int headingLevel) {
        List<ArticleCard> cards = presenter.cards(news.latestOfSite(request.site().code(), request.language(), count),
                request);
        return cards.isEmpty() ? null : renderer.tag("cards", Map.of("cards", cards, "level", headingLevel));
    }
}
