package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.content.ContentItem;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/** Missing translations, language choice, unknown addresses and bad parameters, as a visitor meets them. */
class LanguagesAndErrorsTest extends NetworkSiteTest {

    @Test
    void aMissingTranslationShowsTheOriginalWithANotice() {
        List<String> checked = new ArrayList<>();
        for (Site site : shipped.sites()) {
            for (Language language : site.languages()) {
                for (Story story : shipped.news(site)) {
                    ContentFile original = story.in(language);
                    String path = story.path(language);
                    if (showsOriginalIfUntranslated(site, original, language, path)) {
                        assertThat(text(path)).as(path).contains("<html lang=\"" + language.code() + "\"",
                                "<h1 lang=\"" + original.language().code() + "\" dir=\"" + original.language().dir()
                                        + "\">" + original.required("title"));
                        checked.add(path);
                    }
                }
                for (ContentItem page : site.network() ? shipped.routePages() : shipped.pages(site)) {
                    String path = shipped.pagePath(site, page, language);
                    if (showsOriginalIfUntranslated(site, ShippedContent.shown(site, page, language), language, path)) {
                        checked.add(path);
                    }
                }
                if (site.network()) {
                    for (ContentItem delegation : shipped.delegations()) {
                        String path = shipped.delegationPath(delegation, language);
                        if (showsOriginalIfUntranslated(site, ShippedContent.shown(site, delegation, language),
                                language, path)) {
                            checked.add(path);
                        }
                    }
                } else {
                    String home = site.url(language, "");
                    shipped.association(site).map(association -> ShippedContent.shown(site, association, language))
                            .filter(association -> showsOriginalIfUntranslated(site, association, language, home))
                            .ifPresent(association -> checked.add(home));
                }
            }
        }
        assumeTrue(!checked.isEmpty(), "everything shipped is translated into every language of its site");
    }

    @Test
    void listingsMarkCardsWhoseTranslationIsMissing() {
        Site network = shipped.network();
        long marked = 0;
        for (Language language : network.languages()) {
            for (ContentItem delegation : shipped.delegations()) {
                String path = shipped.delegationPath(delegation, language);
                List<Listing.Card> cards = Listing.walk(server, path).cards();
                Listing.assertLists(cards, shipped.cards(shipped.delegationNews(delegation), network, language), path);
                marked += cards.stream().filter(card -> card.badge() != null).count();
            }
        }
        assumeTrue(marked > 0, "every delegation's story is translated into every language of the site");
    }

    @Test
    void anArticleAskedInALanguageItHasUnderAnotherSlugRedirectsToIt() {
        Optional<Story> bilingual = shipped.news().stream().filter(story -> story.item().files().stream()
                .map(ShippedContent::slug).distinct().count() > 1).findFirst();
        assumeTrue(bilingual.isPresent(), "no story has two languages under two slugs");
        Story story = bilingual.get();
        for (ContentFile file : story.item().files()) {
            for (ContentFile other : story.item().files()) {
                if (!ShippedContent.slug(other).equals(ShippedContent.slug(file))) {
                    String asked = story.site().url(file.language(), "/news/" + ShippedContent.slug(other));
                    TestServer.Page page = server.get(asked);
                    assertThat(page.status()).as(asked).isEqualTo(301);
                    assertThat(page.header("Location")).as(asked).isEqualTo(story.path(file.language()));
                }
            }
        }
    }

    @Test
    void bareAddressesLeadToTheBrowsersLanguage() {
        Site network = shipped.network();
        for (Language language : network.languages()) {
            String accepted = language.locale().toLanguageTag() + "," + language.code() + ";q=0.9";
            assertThat(server.get("/", "Accept-Language", accepted).header("Location")).as(accepted)
                    .isEqualTo(network.url(language, ""));
        }
        assertThat(server.get("/", "Accept-Language", "de-DE").header("Location"))
                .isEqualTo(network.url(network.defaultLanguage(), ""));
        assertThat(server.get("/").status()).isEqualTo(302);
        for (Site site : shipped.national()) {
            assertThat(server.get(site.pathPrefix()).header("Location")).as(site.code())
                    .isEqualTo(site.url(site.defaultLanguage(), ""));
            for (Language language : site.languages()) {
                assertThat(server.get(site.pathPrefix(), "Accept-Language", language.code()).header("Location"))
                        .as(site.code() + " in " + language.code()).isEqualTo(site.url(language, ""));
            }
        }
    }

    @Test
    void unknownAddressesGetANotFoundPageInTheSitesLanguage() {
        for (Site site : shipped.sites()) {
            for (Language language : site.languages()) {
                for (String path : List.of("/no-such-page", "/nothing/here", "/news/no-such-article", "/pages/none")) {
                    assertNotFound(site, site.url(language, path), language);
                }
                if (site.network()) {
                    assertNotFound(site, site.url(language, "/advocacy/nato"), language);
                    TestServer.Page elsewhere = server.get("/somewhere", "Accept-Language", language.code());
                    assertThat(elsewhere.status()).isEqualTo(404);
                    assertThat(elsewhere.body()).contains("<html lang=\"" + language.code() + "\"",
                            shipped.texts(site, language).get("error.404.title"));
                }
            }
        }
        assertNotFound(shipped.network(), "/de/", shipped.network().defaultLanguage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "999999", "1.5", "", "99999999999999999999"})
    void badPageNumbersGetABadRequestPage(String value) {
        List<String> listings = new ArrayList<>();
        shipped.sites().forEach(site -> listings.add(site.url(site.defaultLanguage(), "/news")));
        shipped.delegations().forEach(delegation -> shipped.network().languages()
                .forEach(language -> listings.add(shipped.delegationPath(delegation, language))));
        for (String path : listings) {
            TestServer.Page page = server.get(path + "?page=" + value);
            assertThat(page.status()).as(path + value).isEqualTo(400);
            assertThat(page.body()).as(path + value).contains("<h1>", "</html>").doesNotContain("Exception", "at org.");
        }
        Site network = shipped.network();
        for (Language language : network.languages()) {
            assertThat(text(network.url(language, "/news?page=abc")))
                    .contains(shipped.texts(network, language).get("error.400.title"));
        }
    }

    @Test
    void aPagePastTheEndIsEmptyAndNotIndexed() {
        Site network = shipped.network();
        Language language = network.defaultLanguage();
        // Past the last page even if every page held a single story.
        TestServer.Page page = server.get(network.url(language, "/news?page=" + (shipped.networkNews().size() + 1)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(Listing.unescaped(page.body())).contains(shipped.texts(network, language).get("news.beyond"),
                "<meta name=\"robots\" content=\"noindex\">").doesNotContain("class=\"card\"");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        Site network = shipped.network();
        for (String path : List.of(network.url(network.defaultLanguage(), ""),
                network.url(network.defaultLanguage(), "/nothing"), "/assets/core/site.css")) {
            TestServer.Page page = server.get(path);
            assertThat(page.header("Content-Security-Policy")).as(path).contains("default-src 'self'",
                    "frame-ancestors 'none'");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    /**
     * When the page in this language shows {@code shown} because the item lacks a translation, it answers 200 with
     * the original's text, marked as in its language, under a notice naming it; whether it does.
     */
    private static boolean showsOriginalIfUntranslated(Site site, ContentFile shown, Language language, String path) {
        if (shown.language().equals(language)) {
            return false;
        }
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertShowsIn(page.body(), path, site, shown.language(), language);
        assertThat(page.body()).as(path).contains(shipped.html(shown));
        return true;
    }

    private static void assertNotFound(Site site, String path, Language language) {
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(404);
        assertThat(Listing.unescaped(page.body())).as(path).contains("<html lang=\"" + language.code() + "\"",
                "<h1>" + shipped.texts(site, language).get("error.404.title") + "</h1>");
    }
}
