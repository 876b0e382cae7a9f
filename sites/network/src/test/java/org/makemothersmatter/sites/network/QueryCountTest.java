package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.store.ArticleDao;
import org.makemothersmatter.core.store.QueryCounter;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A page, when it is rendered, runs the same few queries whether its listings hold ten articles or a hundred
 * more.
 */
class QueryCountTest {

    private static final List<String> PAGES = List.of("/en/", "/en/news", "/en/news?page=2", "/fr/advocacy",
            "/en/advocacy/un", "/en/national-mmm", "/belgium/fr/", "/belgium/fr/news", "/belgium/en/news?page=2",
            "/en/news/motherhood-and-the-beijing-agenda-a-retrospective", "/belgium/fr/pages/mission-vision");

    @Test
    void queriesPerPageDoNotGrowWithTheNumberOfArticles() {
        try (TestServer server = TestServer.start(new NetworkSite())) {
            Map<String, Long> before = measure(server);
            addArticles(server.instance(ArticleDao.class), 120);
            // Written straight to the tables, so announced here as every writer announces its changes.
            server.instance(ContentEvents.class).changed(ContentChanged.everywhere());
            Map<String, Long> after = measure(server);
            assertThat(after).isEqualTo(before);
            assertThat(before.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 8L));
        }
    }

    private static Map<String, Long> measure(TestServer server) {
        QueryCounter counter = server.instance(QueryCounter.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : PAGES) {
            long start = counter.count();
            assertThat(server.get(path).status()).as(path).isEqualTo(200);
            counts.put(path, counter.count() - start);
        }
        return counts;
    }

    private static void addArticles(ArticleDao articles, int count) {
        for (int i = 0; i < count; i++) {
            String site = i % 2 == 0 ? "network" : "belgium";
            Section section = i % 2 == 0 ? Section.values()[2 + i % 3] : Section.NATIONAL;
            long id = articles.insert(site, section, LocalDate.of(2010, 1, 1).plusDays(i), Language.ENGLISH,
                    true, null);
            articles.insertTranslation(id, Language.ENGLISH, site, "Extra " + i, "extra-" + i, "Excerpt " + i,
                    "Body", "<p>Body</p>");
        }
    }
}
