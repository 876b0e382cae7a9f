package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.content.ContentItem;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.feeds.FeedFormat;
import org.makemothersmatter.core.feeds.Feeds;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/**
 * Every site's news, and each delegation's, in each language, as Atom and RSS: read back with Rome, they give the
 * stories the listings show, newest first, at their absolute addresses, with their text in full and their dates.
 */
class FeedsTest extends NetworkSiteTest {

    private static final String ORIGIN = "http://localhost";

    @Test
    void eachSiteAndLanguageHasItsNewsAsAtomAndRss() throws Exception {
        for (Site site : shipped.sites()) {
            List<Story> stories = site.network() ? shipped.networkNews() : shipped.news(site);
            for (Language language : site.languages()) {
                for (FeedFormat format : FeedFormat.values()) {
                    assertFeed(site.url(language, Feeds.path("", format)), format, stories, language);
                }
            }
        }
    }

    @Test
    void eachDelegationHasItsNewsAsAFeed() throws Exception {
        Site network = shipped.network();
        for (ContentItem delegation : shipped.delegations()) {
            for (Language language : network.languages()) {
                for (FeedFormat format : FeedFormat.values()) {
                    assertFeed(network.url(language, Feeds.path("/advocacy/" + delegation.name(), format)), format,
                            shipped.delegationNews(delegation), language);
                }
            }
        }
    }

    @Test
    void pagesNameTheirFeedsForFeedReaders() {
        for (Site site : shipped.sites()) {
            for (Language language : site.languages()) {
                String home = server.get(site.url(language, "")).body();
                for (FeedFormat format : FeedFormat.values()) {
                    assertThat(home).as(site.url(language, "")).contains("<link rel=\"alternate\" type=\""
                            + format.mediaType() + "\"", "href=\"" + site.url(language, Feeds.path("", format)) + "\"");
                }
            }
        }
        ContentItem delegation = shipped.delegations().get(0);
        String path = shipped.delegationPath(delegation, shipped.network().defaultLanguage());
        assertThat(server.get(path).body()).contains("href=\"" + path + "/feed.atom\"", "href=\"" + path + "/feed.rss\"");
    }

    @Test
    void aTranslationIsDatedWhenItWasPublishedAndItsOriginalByItsOwnDate() throws Exception {
        Story story = shipped.news().stream()
                .filter(s -> s.item().files().size() > 1 && s.site().languages().size() > 1
                        && s.site().publishesIn(s.item().originalLanguage(s.site()))).findFirst()
                .orElseThrow(() -> new AssertionError("No shipped story has two translations"));
        Site site = story.site();
        Language original = story.item().originalLanguage(site);
        Language translated = story.item().files().stream().map(f -> f.language())
                .filter(l -> !l.equals(original) && site.publishesIn(l)).findFirst().orElseThrow();
        Instant shipped = entry(site, translated, story).getPublishedDate().toInstant();
        assertThat(shipped).as("from its content file")
                .isEqualTo(story.date(story.in(translated)).atStartOfDay(ZoneOffset.UTC).toInstant());
        Instant later = story.date().plusDays(3).atTime(9, 30).toInstant(ZoneOffset.UTC);
        // As publishing the translation records it, announced as publishing announces it.
        publishedAt(site, translated, story, later);
        try {
            assertThat(entry(site, translated, story).getPublishedDate().toInstant()).isEqualTo(later);
            assertThat(entry(site, original, story).getPublishedDate().toInstant())
                    .isEqualTo(story.date(story.in(original)).atStartOfDay(ZoneOffset.UTC).toInstant());
        } finally {
            publishedAt(site, translated, story, shipped);
        }
    }

    private static void publishedAt(Site site, Language language, Story story, Instant at) {
        server.instance(Jdbi.class).useHandle(handle -> handle.createUpdate("""
                UPDATE article_translation SET published_at = :at
                 WHERE site = :site AND language = :language AND slug = :slug""").bind("at", at)
                .bind("site", site.code()).bind("language", language)
                .bind("slug", ShippedContent.slug(story.in(language))).execute());
        server.instance(ContentEvents.class).changed(ContentChanged.on(site.code()));
    }

    @Test
    void aFeedIsKeptWithItsTypeAndAnUnknownDelegationHasNone() {
        String path = shipped.network().url(shipped.network().defaultLanguage(), "/feed.rss");
        TestServer.Page first = server.get(path);
        TestServer.Page kept = server.get(path);
        assertThat(kept.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(kept.header("Content-Type")).isEqualTo(FeedFormat.RSS.contentType());
        assertThat(kept.body()).isEqualTo(first.body());
        assertThat(server.get(shipped.network().url(shipped.network().defaultLanguage(),
                "/advocacy/nowhere/feed.atom")).status()).isEqualTo(404);
    }

    private static SyndEntry entry(Site site, Language language, Story story) throws Exception {
        String url = ORIGIN + story.path(language);
        return read(site.url(language, "/feed.atom"), FeedFormat.ATOM).getEntries().stream()
                .filter(e -> e.getLink().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError(url + " is not in its site's feed"));
    }

    private static SyndFeed read(String path, FeedFormat format) throws Exception {
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.header("Content-Type")).as(path).isEqualTo(format.contentType());
        return new SyndFeedInput().build(new StringReader(page.body()));
    }

    /**
     * The feed lists the newest stories (as many as it holds), newest first, each at its page in the feed's
     * language, with its full text, its links absolute, dated by its day (the shipped texts have no time of their
     * own).
     */
    private static void assertFeed(String path, FeedFormat format, List<Story> stories, Language language)
            throws Exception {
        SyndFeed feed = read(path, format);
        assertThat(feed.getLanguage()).as(path).isEqualTo(language.code());
        if (format == FeedFormat.ATOM) {
            assertThat(feed.getLinks()).as(path).extracting(SyndLink::getRel, SyndLink::getHref)
                    .contains(org.assertj.core.groups.Tuple.tuple("self", ORIGIN + path));
        }
        Map<String, Story> byUrl = stories.stream().collect(Collectors.toMap(s -> ORIGIN
                + s.site().url(s.site().shownIn(language), "/news/" + ShippedContent.slug(s.in(language))),
                Function.identity()));
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).as(path).hasSize(Math.min(stories.size(), 20));
        Instant previous = Instant.MAX;
        for (SyndEntry entry : entries) {
            Story story = byUrl.get(entry.getLink());
            assertThat(story).as(path + ": " + entry.getLink()).isNotNull();
            assertThat(entry.getTitle()).isEqualTo(story.title(language));
            Instant published = entry.getPublishedDate().toInstant();
            assertThat(published.truncatedTo(ChronoUnit.DAYS)).as(entry.getLink())
                    .isEqualTo(story.date(story.in(language)).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(published).isBeforeOrEqualTo(previous);
            previous = published;
            String html = entry.getContents().get(0).getValue();
            assertThat(html).as(entry.getLink()).doesNotContain("src=\"/", "href=\"/", "<script");
            if (!story.in(language).body().isBlank()) {
                assertThat(html).as(entry.getLink()).isNotBlank();
            }
        }
        if (!entries.isEmpty() && entries.size() < stories.size()) {
            Instant oldest = entries.get(entries.size() - 1).getPublishedDate().toInstant();
            List<String> links = entries.stream().map(SyndEntry::getLink).toList();
            byUrl.forEach((url, story) -> {
                if (story.date().atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(oldest)) {
                    assertThat(links).as(path).contains(url);
                }
            });
        }
    }
}
