package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Sites;
import org.makemothersmatter.core.testkit.Crawler;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Every page a visitor can reach, in every language of every site: found by following links from each
 * home page, then checked for the things every page must have, and by the W3C HTML checker.
 */
class PublicPagesTest extends NetworkSiteTest {

    private static Map<String, TestServer.Page> pages;
    private static List<Site> sites;

    @BeforeAll
    static void crawlEverySite() {
        sites = server.instance(Sites.class).plugins().stream().map(p -> p.site()).toList();
        List<String> homes = new ArrayList<>();
        for (Site site : sites) {
            site.languages().forEach(language -> homes.add(site.url(language, "")));
        }
        pages = Crawler.crawl(server, 2000, homes.toArray(String[]::new));
    }

    @Test
    void everyLinkLeadsToAPage() {
        assertThat(pages).hasSizeGreaterThan(100);
        assertThat(pages.values()).allSatisfy(page -> assertThat(page.status()).as(page.path()).isEqualTo(200));
    }

    @Test
    void everyPageTypeIsReachedInEveryLanguageOfEverySite() {
        for (Site site : sites) {
            for (Language language : site.languages()) {
                String base = site.url(language, "");
                assertThat(pages).containsKeys(base, base + "news");
                if (pages.get(base + "news").body().contains("class=\"card\"")) {
                    assertThat(pages.keySet()).anyMatch(path -> path.startsWith(base + "news/"));
                }
                if (site.network()) {
                    assertThat(pages).containsKeys(base + "advocacy", base + "advocacy/eu", base + "advocacy/un",
                            base + "advocacy/unesco", base + "national-mmm");
                }
            }
        }
        assertThat(pages.keySet()).contains("/belgium/fr/pages/mission-vision", "/belgium/en/pages/mission-vision",
                "/belgium/fr/pages/statuts-de-mmm-belgium", "/belgium/fr/pages/la-charte-de-la-mere");
    }

    @Test
    void everyPageHasItsLanguageOneTitleLandmarksAndAlternates() {
        for (TestServer.Page page : pages.values()) {
            String[] segments = page.path().split("[/?]");
            String language = Language.find(segments[1]).isPresent() ? segments[1] : segments[2];
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language + "\" dir=\"" + (language.equals("ar") ? "rtl" : "ltr") + "\">")
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
        TestServer.Page english = pages.get("/belgium/en/news/an-almost-perfect-mother-new-podcast-series-with-isabelle-roskam");
        assertThat(english).isNotNull();
        assertThat(english.body())
                .contains("hreflang=\"fr\" href=\"http://localhost/belgium/fr/news/une-mere-presque-parfaite-nouvelle-serie-de-podcasts-avec-isabelle-roskam\"")
                .contains("<a href=\"/belgium/fr/news/une-mere-presque-parfaite-nouvelle-serie-de-podcasts-avec-isabelle-roskam\" hreflang=\"fr\" lang=\"fr\">Français</a>");
        assertThat(pages.get("/fr/advocacy").body())
                .contains("<a href=\"/en/advocacy\" hreflang=\"en\" lang=\"en\">English</a>")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/advocacy\">");
    }

    @Test
    void arabicPagesReadRightToLeftAndMarkWhatIsNot() {
        String home = pages.get("/lebanon/ar/").body();
        assertThat(home).contains("<html lang=\"ar\" dir=\"rtl\">", "الانتقال إلى المحتوى",
                "هذا المحتوى غير متوفر بالعربية بعد. وهو معروض بلغته الأصلية: الإنجليزية.",
                "<div class=\"prose\" lang=\"en\">",
                "<a href=\"/lebanon/fr/\" hreflang=\"fr\" lang=\"fr\">Français</a>");
        assertThat(pages.get("/lebanon/fr/").body())
                .contains("<a href=\"/lebanon/ar/\" hreflang=\"ar\" lang=\"ar\">العربية</a>",
                        "<link rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost/lebanon/ar/\">");
    }

    @Test
    void datesAreInThePageLanguageAndMachineReadable() {
        assertThat(pages.get("/belgium/fr/news").body())
                .contains("<time datetime=\"2020-04-29\">29 avril 2020</time>");
        assertThat(pages.get("/belgium/en/news").body())
                .contains("<time datetime=\"2020-04-29\">29 April 2020</time>");
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Map<String, String> html = new LinkedHashMap<>();
        pages.forEach((path, page) -> html.put(path, page.body()));
        html.put("/404", server.get("/en/no-such-page").body());
        html.put("/400", server.get("/fr/news?page=abc").body());
        assertThat(HtmlValidator.errors(html)).isEmpty();
    }

    @Test
    void theHtmlCheckerDoesReportErrors() throws Exception {
        assertThat(HtmlValidator.errors(Map.of("broken", "<!DOCTYPE html><html><body><p><div></span>")))
                .isNotEmpty();
    }
}
