package org.makemothersmatter.core.dashboard;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;

/** What waits for an account on the sites it works on, and what their teams did lately. */
public final class Dashboard {

    /** Lines of each list: a first page shows what is most urgent, the lists hold the rest. */
    static final int LINES = 10;

    private final WorkDao dao;
    private final Sites sites;

    @Inject
    public Dashboard(Jdbi jdbi, Sites sites) {
        this.dao = Daos.of(jdbi, WorkDao.class);
        this.sites = sites;
    }

    /** The translations a site's published articles and pages lack in one of its languages. */
    public record Missing(Site site, Language language, long articles, long pages) {
    }

    /** Everything the first page shows to an account. */
    public record Work(List<Site> sites, List<WorkDao.Item> inReview, List<WorkDao.Item> changes,
                       List<WorkDao.Item> drafts, List<WorkDao.Item> scheduled, List<Missing> missing,
                       List<WorkDao.Activity> activity) {
    }

    public Work of(Account account) {
        List<Site> mine = sites.plugins().stream().map(p -> p.site()).filter(s -> account.worksOn(s.code())).toList();
        if (mine.isEmpty()) {
            return new Work(mine, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<String> codes = mine.stream().map(Site::code).toList();
        Map<String, Long> articles = counts(dao.publishedArticles(codes));
        Map<String, Long> pages = counts(dao.publishedPages(codes));
        List<Missing> missing = new ArrayList<>();
        for (Site site : mine) {
            for (Language language : site.languages()) {
                long articlesMissing = lacking(articles, site, language);
                long pagesMissing = lacking(pages, site, language);
                if (articlesMissing + pagesMissing > 0) {
                    missing.add(new Missing(site, language, articlesMissing, pagesMissing));
                }
            }
        }
        return new Work(mine, dao.changes(codes, "review", LINES), dao.changes(codes, "draft", LINES),
                dao.drafts(codes, LINES), dao.scheduled(codes, LINES), missing, dao.activity(codes, LINES));
    }

    /** The counts by "site/language", and by "site/" for all of a site's published items. */
    private static Map<String, Long> counts(List<WorkDao.Published> published) {
        return published.stream().collect(Collectors.toMap(
                p -> p.site() + "/" + (p.language() == null ? "" : p.language()), WorkDao.Published::total));
    }

    /** How many of a site's published items have no text in the language. */
    private static long lacking(Map<String, Long> counts, Site site, Language language) {
        return counts.getOrDefault(site.code() + "/", 0L) - counts.getOrDefault(site.code() + "/" + language.code(), 0L);
    }
}
