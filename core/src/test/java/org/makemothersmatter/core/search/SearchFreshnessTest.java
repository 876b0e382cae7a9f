package org.makemothersmatter.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The search follows each kind of change within a second: a publication, a change of a published text (not found
 * while it waits, found once published), an unpublication, the trash and back, a new translation, a page trashed.
 */
class SearchFreshnessTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private int markers;

    @Test
    void theSearchFollowsEveryChangeWithinASecond() {
        try (TestServer server = TestServer.start(new SearchSites())) {
            SearchSites.Newsroom newsroom = new SearchSites.Newsroom(server);
            // The first search loads what searching needs: the time a change takes is measured after it.
            assertThat(newsroom.search("en", "wombat", "").status()).isEqualTo(200);
            long id = newsroom.article(SearchSites.NETWORK, "en", "Wombat welfare", "Wombats need care.");
            found(newsroom, "en", "wombat", "Wombat welfare");

            int english = newsroom.article(id).text(Language.ENGLISH).orElseThrow().version();
            newsroom.articles.saveText(newsroom.admin, id, Language.ENGLISH, english,
                    new Draft("Wombat welfare", "", "", "Wombats and numbats need care."));
            afterTheIndexFollowed(newsroom);
            assertThat(titles(newsroom.search("en", "numbat", "").body())).doesNotContain("Wombat welfare");
            newsroom.articles.publishChanges(newsroom.admin, id, Language.ENGLISH);
            found(newsroom, "en", "numbat", "Wombat welfare");

            newsroom.articles.unpublish(newsroom.admin, id, newsroom.article(id).version());
            gone(newsroom, "en", "wombat", "Wombat welfare");
            newsroom.publish(id);
            found(newsroom, "en", "wombat", "Wombat welfare");

            newsroom.articles.trash(newsroom.admin, id, newsroom.article(id).version());
            gone(newsroom, "en", "wombat", "Wombat welfare");
            newsroom.articles.restore(newsroom.admin, id, newsroom.article(id).version());
            afterTheIndexFollowed(newsroom);
            assertThat(titles(newsroom.search("en", "wombat", "").body())).as("restored as a draft")
                    .doesNotContain("Wombat welfare");
            newsroom.publish(id);
            found(newsroom, "en", "wombat", "Wombat welfare");

            newsroom.articles.saveText(newsroom.admin, id, Language.FRENCH, 0,
                    new Draft("Le bien-être des wombats", "", "", "Les wombats ont besoin de soins."));
            newsroom.articles.publishChanges(newsroom.admin, id, Language.FRENCH);
            found(newsroom, "fr", "wombat", "Le bien-être des wombats");

            long page = newsroom.page(SearchSites.ASSOCIATION, "en", "Numbat charter", "For every numbat.");
            found(newsroom, "en", "numbat", "Numbat charter");
            newsroom.pages.trash(newsroom.admin, page, newsroom.pages.read(newsroom.admin, page).version());
            gone(newsroom, "en", "numbat", "Numbat charter");
        }
    }

    private static void found(SearchSites.Newsroom newsroom, String language, String query, String title) {
        SearchSites.within(SECOND, () -> newsroom.search(language, query, ""), body -> titles(body).contains(title));
    }

    private static void gone(SearchSites.Newsroom newsroom, String language, String query, String title) {
        SearchSites.within(SECOND, () -> newsroom.search(language, query, ""), body -> !titles(body).contains(title));
    }

    /** The titles of the results, as read (the words found are marked in them). */
    private static List<String> titles(String page) {
        return Jsoup.parse(page).select(".search-results h2").eachText();
    }

    /**
     * Publishes an article and waits until it is found: the index follows changes in their order, so every change
     * before it has been followed too, and what is not found then will not be.
     */
    private void afterTheIndexFollowed(SearchSites.Newsroom newsroom) {
        String title = "Marker " + ++markers;
        newsroom.article(SearchSites.NETWORK, "en", title, "A marker.");
        found(newsroom, "en", "marker", title);
    }
}
