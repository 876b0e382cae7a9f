package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.Crawler;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/**
 * Every page a visitor can reach, in every language of every site: found by following links from each
 * home page, then checked for the things every page must have, and by the W3C HTML checker.
 */
class PublicPagesTest extends NetworkSiteTest {

    /** An element other than the page's own that says its language. */
    private static final Pattern TAG_WITH_LANG = Pattern.compile(
            "<(?!html)[a-z0-9]+ [^>]*?(?<=\\s)lang=\"([^\"]+)\"[^>]*>");
    private static Map<String, TestServer.Page> pages;

    @BeforeAll
    static void crawlEverySite() {
        pages = Crawler.crawl(server, 100_000, shipped.homes().toArray(String[]::new));
    }

    @Test
    void everyLinkLeadsToAPage() {
        assertThat(pages).hasSizeGreaterThanOrEqualTo(shipped.publicPages().size());
        assertThat(pages.values()).allSatisfy(page -> assertThat(page.status()).as(page.path()).isEqualTo(200));
    }

    @Test
    void everyPageTypeIsReachedInEveryLanguageOfEverySite() {
        assertThat(pages).containsKeys(shipped.publicPages().toArray(String[]::new));
    }

    @Test
    void everyPageHasItsLanguageOneTitleLandmarksAndAlternates() {
        for (TestServer.Page page : pages.values()) {
            String[] segments = page.path().split("[/?]");
            Language language = Language.find(segments[1]).orElseGet(() -> Language.of(segments[2]));
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">")
                    .contains("<a class=\"skip-link\" href=\"#main\">", "<main id=\"main\"", "<header", "<footer",
                            "<nav class=\"site-nav\"", "hreflang=\"x-default\"", "<link rel=\"canonical\"");
            assertThat(page.body().split("<h1", -1)).as("one h1 on " + page.path()).hasSize(2);
        }
    }

    @Test
    void headingsNeverSkipALevel() {
        Pattern heading = Pattern.compile("<h([1-6])[ >]");
        for (TestServer.Page page : pages.values()) {
            Matcher matcher = heading.matcher(page.body());
            int previous = 0;
            while (matcher.find()) {
                int level = Integer.parseInt(matcher.group(1));
                assertThat(level).as("heading after h" + previous + " on " + page.path()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            assertThat(previous).as("headings on " + page.path()).isPositive();
        }
    }

    @Test
    void theLanguageSwitcherLeadsToTheSamePageInTheOtherLanguage() {
        Optional<Story> bilingual = shipped.news().stream().filter(story -> story.item().files().size() > 1)
                .findFirst();
        assumeTrue(bilingual.isPresent(), "no site ships a story in two languages");
        Story story = bilingual.get();
        for (ContentFile file : story.item().files()) {
            TestServer.Page page = pages.get(story.path(file.language()));
            assertThat(page).as(story.path(file.language())).isNotNull();
            for (ContentFile other : story.item().files()) {
                if (other != file) {
                    assertSwitchesTo(page, other.language(), story.path(other.language()));
                }
            }
        }
        Site network = shipped.network();
        for (Language language : network.languages()) {
            for (Language other : network.languages()) {
                if (!other.equals(language)) {
                    assertSwitchesTo(pages.get(network.url(language, "/advocacy")), other,
                            network.url(other, "/advocacy"));
                }
            }
        }
    }

    @Test
    void rightToLeftPagesReadRightToLeftAndMarkWhatIsNot() {
        List<Site> rightToLeft = shipped.sites().stream()
                .filter(site -> site.languages().stream().anyMatch(Language::rightToLeft)).toList();
        assumeFalse(rightToLeft.isEmpty(), "no site publishes in a right-to-left language");
        for (Site site : rightToLeft) {
            for (Language language : site.languages().stream().filter(Language::rightToLeft).toList()) {
                String home = site.url(language, "");
                String body = Listing.unescaped(pages.get(home).body());
                assertThat(body).as(home).contains("<html lang=\"" + language.code() + "\" dir=\"rtl\">",
                        shipped.texts(site, language).get("skip"));
                if (!site.network()) {
                    shipped.association(site).map(a -> ShippedContent.shown(site, a, language)).ifPresent(
                            association -> assertShowsIn(pages.get(home).body(), home, site, association.language(),
                                    language));
                }
                for (Language other : site.languages()) {
                    if (!other.equals(language)) {
                        assertSwitchesTo(pages.get(home), other, site.url(other, ""));
                        assertSwitchesTo(pages.get(site.url(other, "")), language, home);
                    }
                }
            }
        }
    }

    /**
     * Text in another language than its page keeps its own direction: English on an Arabic page reads left to right,
     * not right-aligned as its page.
     */
    @Test
    void textInAnotherLanguageCarriesItsOwnDirection() {
        for (TestServer.Page page : pages.values()) {
            Matcher tag = TAG_WITH_LANG.matcher(page.body());
            while (tag.find()) {
                Language language = Language.of(tag.group(1));
                assertThat(tag.group()).as(page.path()).contains(" dir=\"" + language.dir() + "\"");
            }
        }
    }

    @Test
    void datesAreInThePageLanguageAndMachineReadable() {
        for (Site site : shipped.sites()) {
            for (Language language : site.languages()) {
                String news = site.url(language, "/news");
                Listing.assertNewest(Listing.cards(pages.get(news).body()),
                        shipped.cards(shipped.news(site), site, language), news);
            }
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Map<String, String> html = new LinkedHashMap<>();
        pages.forEach((path, page) -> html.put(path, page.body()));
        for (Site site : shipped.sites()) {
            html.put(site.code() + "/404", server.get(site.url(site.defaultLanguage(), "/no-such-page")).body());
            html.put(site.code() + "/400", server.get(site.url(site.defaultLanguage(), "/news?page=abc")).body());
        }
        assertThat(HtmlValidator.errors(html)).isEmpty();
    }

    @Test
    void theHtmlCheckerDoesReportErrors() throws Exception {
        assertThat(HtmlValidator.errors(Map.of("broken", "<!DOCTYPE html><html><body><p><div></span>")))
                .isNotEmpty();
    }

    /** The page's language switcher and alternates lead to the same page in the other language, at this path. */
    private static void assertSwitchesTo(TestServer.Page page, Language other, String path) {
        assertThat(page.body()).as(page.path())
                .contains("<a href=\"" + path + "\" hreflang=\"" + other.code() + "\" lang=\"" + other.code()
                        + "\" dir=\"" + other.dir() + "\">" + ShippedContent.nativeName(other) + "</a>")
                .contains("<link rel=\"alternate\" hreflang=\"" + other.code() + "\" href=\"http://localhost" + path
                        + "\">");
    }
}
