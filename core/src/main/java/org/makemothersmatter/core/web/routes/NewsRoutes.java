package org.makemothersmatter.core.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.makemothersmatter.core.documents.Documents;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.Article;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.ArticleTranslation;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.model.Translated;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.service.Pager;
import org.makemothersmatter.core.sharing.StructuredData;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.themes.Theme;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.ArticleView;
import org.makemothersmatter.core.web.view.Layout;
import org.makemothersmatter.core.web.view.Link;
import org.makemothersmatter.core.web.view.NewsListView;

/** A site's news listing and its articles. */
public final class NewsRoutes {

    /** The most related articles an article's page shows. */
    static final int RELATED = 3;

    private final NewsService news;
    private final Themes themes;
    private final Documents documents;
    private final Sites sites;
    private final Addresses addresses;
    private final Presenter presenter;
    private final PageRenderer renderer;

    @Inject
    public NewsRoutes(NewsService news, Themes themes, Documents documents, Sites sites, Addresses addresses,
                      Presenter presenter, PageRenderer renderer) {
        this.news = news;
        this.themes = themes;
        this.documents = documents;
        this.sites = sites;
        this.addresses = addresses;
        this.presenter = presenter;
        this.renderer = renderer;
    }

    public void list(Context ctx, SiteRequest request) {
        var paging = Paging.of(ctx);
        PageRenderer.answer(ctx, listPage(request, request.site().network()
                ? news.network(request.language(), paging)
                : news.ofSite(request.site().code(), request.language(), paging)));
    }

    /** Every page of the international news in the request's language, in one pass. */
    public void eachNetworkListPage(SiteRequest request, PageSink sink) {
        news.eachNetworkPage(request.language(), Paging.PAGE_SIZE, listing(request, sink));
    }

    private byte[] listPage(SiteRequest request, Slice<ArticleSummary> slice) {
        int number = slice.request().page();
        Texts t = presenter.texts(request);
        String title = number == 1 ? t.get("news.title")
                : t.format("news.titlePage", t.get("news.title"), number);
        var view = new NewsListView(t, title, presenter.cards(slice.items(), request),
                presenter.pagination(slice, request.url("/news"), request),
                slice.items().isEmpty() ? t.get(number == 1 ? "news.none" : "news.beyond") : null);
        return renderer.render(request.site(), "news-list", view,
                presenter.layout(request, title, t.get("news.description"), l -> "/news", !slice.items().isEmpty()));
    }

    /**
     * An article by the slug of any of its translations, current or former. If the article exists in the
     * requested language under another slug, or the slug has changed, the visitor is sent to the current
     * address; if it has no translation in that language, the original is shown with a notice.
     */
    public void article(Context ctx, SiteRequest request) {
        Language language = request.language();
        Article article = news.find(request.site().code(), ctx.pathParam("slug"), language)
                .orElseThrow(NotFoundResponse::new);
        Translated<ArticleTranslation> shown = article.in(language);
        if (!shown.value().slug().equals(ctx.pathParam("slug"))) {
            ctx.redirect(request.url("/news/" + shown.value().slug()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        render(ctx, request, article, true);
    }

    /** An article's page; not indexable when it is a preview of what is not public yet. */
    public void render(Context ctx, SiteRequest request, Article article, boolean indexable) {
        PageRenderer.answer(ctx, articlePage(request, article, indexable));
    }

    /**
     * Every published article of the site in each of its languages, in one pass over them, and, but for the
     * international site, whose news also lists what the associations share, every page of its news listing,
     * cut from the same pass (the listing has the same articles in the same order).
     */
    public void eachPageOfSite(Site site, PageSink sink) {
        Map<Language, Pager<ArticleSummary>> listings = new LinkedHashMap<>();
        if (!site.network()) {
            long total = news.countOfSite(site.code());
            for (Language language : site.languages()) {
                listings.put(language, new Pager<>(total, Paging.PAGE_SIZE,
                        listing(new SiteRequest(site, language), sink)));
            }
        }
        news.eachArticle(site.code(), article -> {
            for (Language language : site.languages()) {
                SiteRequest request = new SiteRequest(site, language);
                sink.page(request.url("/news/" + article.in(language).value().slug()),
                        () -> articlePage(request, article, true));
                if (!site.network()) {
                    listings.get(language).add(NewsService.summary(article, language));
                }
            }
        });
        listings.values().forEach(Pager::finish);
    }

    /** Where each page of the site's news listing goes, with its rendering. */
    private Consumer<Slice<ArticleSummary>> listing(SiteRequest request, PageSink sink) {
        String base = request.url("/news");
        return slice -> sink.page(Presenter.pageUrl(base, slice.request().page()), () -> listPage(request, slice));
    }

    /** Links to the pages of the article's themes, on the international site. */
    private List<Link> themeLinks(SiteRequest request, Article article) {
        Language language = sites.network().shownIn(request.language());
        return themes.ofArticleShown(article.id()).stream().map(theme -> {
            Translated<Theme.Translation> shown = theme.in(language);
            return Link.of(shown.value().name(), addresses.link(request, sites.network(),
                    "/themes/" + shown.value().slug()), false, Presenter.langIfOther(shown.language(),
                    request.language()));
        }).toList();
    }

    /*
     * Related articles are chosen among the article's own site's, and among every site's for the international site:
     * the pages a change of a site makes stale are that site's and the international site's (see ContentChanged), so
     * an article's page never shows another association's article as it was before a change.
     */
    private byte[] articlePage(SiteRequest request, Article article, boolean indexable) {
        Language language = request.language();
        Translated<ArticleTranslation> shown = article.in(language);
        ArticleTranslation text = shown.value();
        Texts t = presenter.texts(request);
        var view = new ArticleView(t, text.title(), Presenter.langIfOther(shown.language(), language),
                presenter.date(article.dateOf(text), language),
                article.section().isDelegation() ? t.get("section." + article.section().code()) : null,
                Presenter.picture(article.image(), Images.ARTICLE_WIDTH),
                presenter.body(text.bodyHtml(), shown.language(), request),
                presenter.documents(documents.ofArticle(article.id()), request), themeLinks(request, article),
                presenter.cards(themes.related(article.id(), request.site().network() ? null : article.site(),
                        language, RELATED), request),
                request.url("/news"), t.get("news.back"));
        Layout layout = presenter.layout(request, text.title(), text.excerpt(),
                l -> "/news/" + article.in(l).value().slug(), indexable, article.image());
        String path = "/news/" + text.slug();
        ObjectNode news = StructuredData.node("NewsArticle").put("headline", text.title())
                .put("description", text.excerpt()).put("url", layout.canonical())
                .put("datePublished", article.dateOf(text).toString())
                .put("dateModified", article.dateOf(text).toString()).put("inLanguage", shown.language().code());
        if (layout.sharedImage() != null) {
            news.put("image", layout.sharedImage().src());
        }
        news.set("author", StructuredData.reference(presenter.organizationId()));
        news.set("publisher", StructuredData.reference(presenter.organizationId()));
        return renderer.render(request.site(), "article", view, presenter.sharedAs(layout, request, "article",
                List.of(news, presenter.breadcrumbs(request, List.of(t.get("news.title"), text.title()),
                        List.of("/news", path)))));
    }
}
