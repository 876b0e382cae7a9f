package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.store.ArticleDao;
import org.makemothersmatter.core.store.QueryCounter;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A page, when it is rendered, runs the same few queries whether its listings hold ten articles or a hundred
 * more.
 */
class QueryCountTest {

    /**
     * Articles added to the international site and to an association before the first count, half each: with ten
     * articles a page, enough for every listing measured to have a second page whatever the sites ship.
     */
    private static final int SECOND_PAGE = 24;

    @Test
    void queriesPerPageDoNotGrowWithTheNumberOfArticles() {
        try (TestServer server = TestServer.start(new NetworkSite())) {
            ShippedContent shipped = ShippedContent.of(server);
            // The association with the most content of its own, so that its static pages are measured too.
            Site association = shipped.national().stream().max(Comparator.comparing((Site site) ->
                    shipped.pages(site).size()).thenComparing(site -> shipped.news(site).size())).orElseThrow();
            List<String> pages = pages(shipped, association);
            addArticles(server, shipped.network(), association, 0, SECOND_PAGE);
            Map<String, Long> before = measure(server, pages);
            addArticles(server, shipped.network(), association, SECOND_PAGE, 120);
            Map<String, Long> after = measure(server, pages);
            assertThat(after).isEqualTo(before);
            assertThat(before.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 8L));
        }
    }

    /**
     * The international site's home, news (its first and second page), advocacy, a delegation and directory, the
     * association's home, news (second page) and static pages, in one or another of their languages, and the
     * newest story.
     */
    private static List<String> pages(ShippedContent shipped, Site association) {
        Site network = shipped.network();
        Language first = network.defaultLanguage();
        Language last = network.languages().get(network.languages().size() - 1);
        List<String> pages = new ArrayList<>(List.of(network.url(first, ""), network.url(first, "/news"),
                network.url(first, "/news?page=2"), network.url(last, "/advocacy"),
                network.url(first, "/national-mmm")));
        shipped.delegations().stream().findFirst().ifPresent(d -> pages.add(shipped.delegationPath(d, first)));
        Language other = association.languages().get(association.languages().size() - 1);
        pages.addAll(List.of(association.url(association.defaultLanguage(), ""),
                association.url(association.defaultLanguage(), "/news"), association.url(other, "/news?page=2")));
        shipped.news().stream().findFirst().ifPresent(story -> pages.add(story.path(story.site().defaultLanguage())));
        shipped.pages(association).forEach(page -> pages.add(shipped.pagePath(association, page,
                association.defaultLanguage())));
        return pages;
    }

    private static Map<String, Long> measure(TestServer server, List<String> pages) {
        QueryCounter counter = server.instance(QueryCounter.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : pages) {
            long start = counter.count();
            assertThat(server.get(path).status()).as(path).isEqualTo(200);
            counts.put(path, counter.count() - start);
        }
        return counts;
    }

    /**
     * Articles {@code from} to {@code from + count}, every other one to one of the international site's delegations
     * in turn, the others to the association, shared with the network; each in its site's first language.
     */
    private static void addArticles(TestServer server, Site network, Site association, int from, int count) {
        ArticleDao articles = server.instance(ArticleDao.class);
        for (int i = from; i < from + count; i++) {
            Site site = i % 2 == 0 ? network : association;
            Section section = i % 2 == 0 ? Section.values()[2 + i % 3] : Section.NATIONAL;
            Language language = site.defaultLanguage();
            long id = articles.insert(site.code(), section, LocalDate.of(2010, 1, 1).plusDays(i), language, true, null);
            articles.insertTranslation(id, language, site.code(), "Extra " + i, "extra-" + i, "Excerpt " + i, "Body",
                    "<p>Body</p>", null, null);
        }
        // Written straight to the tables, so announced here as every writer announces its changes.
        server.instance(ContentEvents.class).changed(ContentChanged.everywhere());
    }
}
