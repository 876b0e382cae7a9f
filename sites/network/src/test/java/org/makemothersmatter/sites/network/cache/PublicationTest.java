package org.makemothersmatter.sites.network.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Publisher;

/**
 * A story goes public, or stops being public, and every page that lists it, in every language of its site and
 * of the international site, shows it so on the next request; the other association's pages stay as kept.
 */
class PublicationTest extends FreshPagesTest {

    @Test
    void aDraftPublishedShowsAtOnceWhereverItIsListed() {
        String title = unique("Mothers publish their draft");
        BackOffice.Item item = draft(title, "Words of the draft.");
        Scene scene = scene();
        assertNotListed(title, listings());

        office.act(item, "publish");

        assertListed(title, listings());
        for (String page : articlePages(title)) {
            assertShows(page, heading(title), "Words of the draft.");
        }
        scene.assertFreshAndOthersKept();
    }

    @Test
    void aStoryUnpublishedLeavesEveryPageAtOnce() {
        String title = unique("Mothers take back their story");
        BackOffice.Item item = published(title, "Soon a draft again.");
        List<String> pages = articlePages(title);
        Scene scene = scene(pages.toArray(String[]::new));
        assertListed(title, listings());

        office.act(item, "unpublish");

        assertNotListed(title, listings());
        pages.forEach(page -> assertThat(server.get(page).status()).as(page).isEqualTo(404));
        scene.assertFreshAndOthersKept();
    }

    @Test
    void aScheduledStoryShowsAtOnceWhenItsTimeComes() {
        String title = unique("Mothers wait for the hour");
        BackOffice.Item item = draft(title, "Published by the clock.");
        office.schedule(item, LocalDateTime.now(ArticleEditor.ZONE).plusDays(1));
        Scene scene = scene();
        assertNotListed(title, listings());

        // The back office schedules in the future only: the time comes by moving the article's hour back.
        server.instance(Jdbi.class).useHandle(handle -> handle.createUpdate(
                "UPDATE article SET publish_at = :past WHERE id = :id").bind("past", Instant.now().minusSeconds(60))
                .bind("id", item.id()).execute());
        assertNotListed(title, listings());
        server.instance(Publisher.class).publishDue();

        assertListed(title, listings());
        for (String page : articlePages(title)) {
            assertShows(page, heading(title), "Published by the clock.");
        }
        scene.assertFreshAndOthersKept();
    }

    @Test
    void aStoryTrashedLeavesAtOnceAndRestoredStaysOffUntilPublishedAgain() {
        String title = unique("Mothers empty the bin");
        BackOffice.Item item = published(title, "Thrown away, then kept.");
        List<String> pages = articlePages(title);
        Scene scene = scene(pages.toArray(String[]::new));

        office.act(item, "trash");
        assertNotListed(title, listings());
        pages.forEach(page -> assertThat(server.get(page).status()).as(page).isEqualTo(404));
        scene.assertFreshAndOthersKept();

        office.act(item, "restore");
        assertNotListed(title, listings());
        scene.assertFreshAndOthersKept();

        office.act(item, "publish");
        assertListed(title, listings());
        pages.forEach(page -> assertShows(page, heading(title)));
        scene.assertFreshAndOthersKept();
    }
}
