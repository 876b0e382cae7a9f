package org.makemothersmatter.core.service;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.makemothersmatter.core.model.Article;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.ArticleTranslation;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.model.Translated;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.ArticleDao.TranslatedRow;
import org.makemothersmatter.core.store.ArticleDao;

/** News listings and articles. A listing costs two queries (count, page) whatever its size. */
public final class NewsService {

    private final ArticleDao articles;
    private final Sites sites;

    @Inject
    public NewsService(ArticleDao articles, Sites sites) {
        this.articles = articles;
        this.sites = sites;
    }

    /** The international news: everything of the international site and what associations share with it. */
    public Slice<ArticleSummary> network(Language language, PageRequest request) {
        return slice(request, articles::countOnNetwork,
                () -> articles.onNetwork(language, request.size(), request.offset()));
    }

    public Slice<ArticleSummary> ofSite(String site, Language language, PageRequest request) {
        return slice(request, () -> articles.countBySite(site),
                () -> articles.bySite(site, language, request.size(), request.offset()));
    }

    public Slice<ArticleSummary> ofDelegation(Section section, Language language, PageRequest request) {
        String network = sites.network().code();
        return slice(request, () -> articles.countBySiteAndSection(network, section),
                () -> articles.bySiteAndSection(network, section, language, request.size(), request.offset()));
    }

    /* The latest few, without a count: for pages that show a few and link to the full listing. */

    public List<ArticleSummary> latestOnNetwork(Language language, int count) {
        return articles.onNetwork(language, count, 0);
    }

    public List<ArticleSummary> latestOfSite(String site, Language language, int count) {
        return articles.bySite(site, language, count, 0);
    }

    public List<ArticleSummary> latestOfDelegation(Section section, Language language, int count) {
        return articles.bySiteAndSection(sites.network().code(), section, language, count, 0);
    }

    /** The latest national news the associations share with the network. */
    public List<ArticleSummary> latestNational(Language language, int count) {
        return articles.bySectionOnNetwork(Section.NATIONAL, language, count, 0);
    }

    /** The article of a site with this slug in any language, with all its translations. */
    public Optional<Article> find(String site, String slug, Language language) {
        return articles.idsBySlug(site, slug, language).stream().findFirst()
                .flatMap(articles::find)
                .map(row -> new Article(row.id(), row.site(), row.section(), row.publishedOn(),
                        row.originalLanguage(), row.onNetwork(), row.image(), articles.translations(row.id())));
    }

    /*
     * Whole listings and all of a site's articles in one pass each, for writing all their pages at once rather
     * than a query (and a count) per page. They read as they go, on a handle the caller keeps open
     * (Transactions.reading), and hand over one page or article at a time: memory stays flat.
     */

    /** Every page of the international news, from the first; a listing with nothing is its empty first page. */
    public void eachNetworkPage(Language language, int size, Consumer<Slice<ArticleSummary>> page) {
        eachPage(articles.countOnNetwork(), articles.streamOnNetwork(language, Integer.MAX_VALUE, 0), size, page);
    }

    public void eachPageOfDelegation(Section section, Language language, int size,
                                     Consumer<Slice<ArticleSummary>> page) {
        String network = sites.network().code();
        eachPage(articles.countBySiteAndSection(network, section),
                articles.streamBySiteAndSection(network, section, language, Integer.MAX_VALUE, 0), size, page);
    }

    /** Every published article of the site with all its translations, newest first. */
    public void eachArticle(String site, Consumer<Article> action) {
        try (Stream<TranslatedRow> rows = articles.streamTranslatedBySite(site)) {
            TranslatedRow first = null;
            // Copied into each article: one list serves every article of the pass.
            List<ArticleTranslation> translations = new ArrayList<>();
            for (Iterator<TranslatedRow> it = rows.iterator(); it.hasNext(); ) {
                TranslatedRow row = it.next();
                if (first != null && first.id() != row.id()) {
                    action.accept(article(first, translations));
                    translations.clear();
                }
                if (translations.isEmpty()) {
                    first = row;
                }
                translations.add(row.translation());
            }
            if (first != null) {
                action.accept(article(first, translations));
            }
        }
    }

    private static Article article(TranslatedRow row, List<ArticleTranslation> translations) {
        return new Article(row.id(), row.site(), row.section(), row.publishedOn(), row.originalLanguage(),
                row.onNetwork(), row.image(), List.copyOf(translations));
    }

    private static void eachPage(long total, Stream<ArticleSummary> items, int size,
                                 Consumer<Slice<ArticleSummary>> page) {
        Pager<ArticleSummary> pager = new Pager<>(total, size, page);
        try (items) {
            items.forEach(pager::add);
        }
        pager.finish();
    }

    /** How a site's listing in this language shows the article, as the listing queries read it. */
    public static ArticleSummary summary(Article article, Language language) {
        Translated<ArticleTranslation> shown = article.in(language);
        ArticleTranslation text = shown.value();
        return new ArticleSummary(article.id(), article.site(), article.section(), article.dateOf(text),
                shown.language(), text.title(), text.slug(), text.excerpt(), article.image());
    }

    /** The number of published articles of a site, which its listing shows. */
    public long countOfSite(String site) {
        return articles.countBySite(site);
    }

    /** A page past the end is empty, and costs no listing query. */
    private static <T> Slice<T> slice(PageRequest request, LongSupplier count, Supplier<List<T>> items) {
        long total = count.getAsLong();
        return new Slice<>(request.offset() < total ? items.get() : List.of(), request, total);
    }
}
