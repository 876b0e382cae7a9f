package org.makemothersmatter.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The search page, over HTTP, as visitors use it: words found in every language with or without their accents and in
 * another form of the word, results of the page's language first, filters, highlighted snippets, pages of results,
 * and any text typed answered with a page, never an error of the server.
 */
class SearchTest {

    private static TestServer server;
    private static SearchSites.Newsroom newsroom;

    /** For each language: an article's title and text, and words typed that must find it. */
    private record Case(String language, String title, String body, List<String> queries) {
    }

    private static final List<Case> CASES = List.of(
            new Case("fr", "La société civile et les mères", "La maternite au cœur de nos actions.",
                    List.of("societe", "SOCIÉTÉ", "maternité", "mère")),
            new Case("en", "Mothers at work", "Caring responsibilities weigh on working mothers.",
                    List.of("mother", "responsibility", "Caring")),
            new Case("nl", "De moeders van Europa", "Zorgtaken en betaalde arbeid voor moeders.",
                    List.of("moeder", "zorgtaak", "MOEDERS")),
            new Case("es", "Las madres trabajadoras", "La educación de los hijos y la conciliación.",
                    List.of("madre", "educacion", "conciliacion")),
            new Case("de", "Die Mütter in Europa", "Die Vereinbarkeit von Familie und Beruf für Mütter.",
                    List.of("Mutter", "mutter", "vereinbarkeit")),
            new Case("ar", "الأمهات العاملات", "دور الأمهات في المجتمع",
                    List.of("الامهات", "أمهات", "المجتمع")),
            new Case("it", "Le madri lavoratrici", "La conciliazione nella città e nelle famiglie di oggi.",
                    List.of("lavoratrice", "citta", "famiglia")),
            new Case("pt", "As mães trabalhadoras", "A conciliação entre família e trabalho.",
                    List.of("mae", "maes", "conciliacao", "familia")));

    private static long inFrench;

    @BeforeAll
    static void start() {
        server = TestServer.start(new SearchSites());
        newsroom = new SearchSites.Newsroom(server);
        for (Case each : CASES) {
            newsroom.article(SearchSites.NETWORK, each.language(), each.title(), each.body());
        }
        newsroom.article(SearchSites.NETWORK, "en", "Quokka census in English", "Counting every quokka.");
        inFrench = newsroom.article(SearchSites.ASSOCIATION, "fr", "Recensement des quokkas",
                "Un quokka compté au Luxembourg.");
        newsroom.move(inFrench, Section.NATIONAL, LocalDate.of(2019, 5, 4));
        newsroom.page(SearchSites.ASSOCIATION, "en", "Our quokka charter", "The charter of every quokka friend.");
        newsroom.article(SearchSites.NETWORK, "en", "Tom & Jerry <b>bold</b> zebu",
                "A zebu said: <script>alert(1)</script> & more zebu.");
        for (int i = 1; i <= 12; i++) {
            newsroom.article(SearchSites.ASSOCIATION, "en", "Capybara story " + i, "A capybara, number " + i + ".");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void findsWordsWithoutTheirAccentsAndInAnotherFormInEachLanguage() {
        for (Case each : CASES) {
            for (String query : each.queries()) {
                Document page = page(newsroom.search(each.language(), query, ""));
                assertThat(titles(page)).as("%s: %s", each.language(), query).contains(each.title());
            }
        }
    }

    @Test
    void showsTheResultsInThePageLanguageFirstThenTheOthersMarkedWithTheirLanguage() {
        Document page = page(newsroom.search("fr", "quokka", ""));
        List<Element> results = page.select(".search-results > li");
        assertThat(results).hasSizeGreaterThanOrEqualTo(3);
        assertThat(results.get(0).select("h2").text()).isEqualTo("Recensement des quokkas");
        assertThat(results.get(0).select("h2").attr("lang")).isEmpty();
        for (Element other : results.subList(1, results.size())) {
            assertThat(other.select("h2").attr("lang")).isEqualTo("en");
            assertThat(other.select(".excerpt").attr("lang")).isEqualTo("en");
            assertThat(other.select(".badge").text()).isEqualTo("En anglais");
        }
        assertThat(page.select(".search-count").text()).isEqualTo(results.size() + " résultats");
        assertThat(titles(page(newsroom.search("en", "quokka", ""))).get(0)).isNotEqualTo("Recensement des quokkas");
    }

    @Test
    void findsStaticPagesAndLinksEachResultInItsLanguage() {
        Document page = page(newsroom.search("en", "charter", ""));
        assertThat(page.select(".search-results a").eachAttr("href")).contains("/searchland/en/pages/our-quokka-charter");
        Document french = page(newsroom.search("en", "recensement", ""));
        assertThat(french.select(".search-results a").eachAttr("href"))
                .containsExactly("/searchland/fr/news/recensement-des-quokkas");
    }

    @Test
    void narrowsToASiteASectionALanguageAndAYear() {
        assertThat(titles(page(newsroom.search("en", "quokka", "&site=" + SearchSites.ASSOCIATION))))
                .containsExactlyInAnyOrder("Recensement des quokkas", "Our quokka charter");
        assertThat(titles(page(newsroom.search("en", "quokka", "&section=network"))))
                .containsExactly("Quokka census in English");
        assertThat(titles(page(newsroom.search("en", "quokka", "&language=fr"))))
                .containsExactly("Recensement des quokkas");
        Document year = page(newsroom.search("en", "quokka", "&year=2019"));
        assertThat(titles(year)).containsExactly("Recensement des quokkas");
        assertThat(year.select("#search-year option[selected]").text()).isEqualTo("2019");
        // A filter naming nothing known is no filter.
        assertThat(titles(page(newsroom.search("en", "quokka", "&site=nowhere&section=%00&year=abc"))))
                .hasSize(3);
    }

    @Test
    void marksTheWordsFoundInEscapedSnippets() {
        TestServer.Page found = newsroom.search("en", "zebu", "");
        Document page = page(found);
        Element result = page.selectFirst(".search-results > li");
        assertThat(result.select("h2 mark").eachText()).containsExactly("zebu");
        assertThat(result.select("h2").text()).isEqualTo("Tom & Jerry <b>bold</b> zebu");
        assertThat(result.select(".excerpt mark").eachText()).contains("zebu");
        assertThat(result.select("script, b")).isEmpty();
        assertThat(found.body()).doesNotContain("<script>alert");
        Document stemmed = page(newsroom.search("en", "mother", ""));
        assertThat(stemmed.select(".search-results h2 mark").eachText()).contains("Mothers");
    }

    @Test
    void cutsTheResultsIntoPages() {
        Document first = page(newsroom.search("en", "capybara", ""));
        assertThat(first.select(".search-results > li")).hasSize(10);
        assertThat(first.select(".search-count").text()).isEqualTo("12 results");
        String next = first.select(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/en/search?q=capybara&page=2");
        Document second = page(server.get(next));
        assertThat(second.select(".search-results > li")).hasSize(2);
        assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/en/search?q=capybara");
        Document beyond = page(newsroom.search("en", "capybara", "&page=3"));
        assertThat(beyond.select(".search-results > li")).isEmpty();
        assertThat(beyond.select(".empty").text()).isEqualTo("There are no more results: go back to the first page.");
        assertThat(newsroom.search("en", "capybara", "&page=0").status()).isEqualTo(400);
        assertThat(newsroom.search("en", "capybara", "&page=99999999999").status()).isEqualTo(400);
    }

    @Test
    void answersAnyTextWithAPageNeverAServerError() {
        List<String> hostile = List.of("", "   ", "AND OR NOT", "title:x", "*", "?", "~", "\"", "\"quokka",
                "quokka\"", "\\", "quokka~2", "(((", "+-&&||!(){}[]^\"~*?:\\/", "title:quokka AND body:*",
                "\u0000", "\uD83D\uDE00 emoji", "\u202Eright to left", "𝔮𝔲𝔬𝔨𝔨𝔞", "a".repeat(500),
                "quokka ".repeat(70), "%", "<script>alert(1)</script>");
        for (String query : hostile) {
            TestServer.Page answer = newsroom.search("en", query, "");
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat(answer.body()).as(query).contains("<h1>").doesNotContain("<script>alert");
        }
        assertThat(page(newsroom.search("en", "", "")).select(".empty").text())
                .isEqualTo("Type one or more words to search the news and pages of the whole network.");
        assertThat(page(newsroom.search("en", "xylophonist", "")).select(".empty").text())
                .isEqualTo("Nothing was found for these words. Try other words, or fewer filters.");
        TestServer.Page tooLong = newsroom.search("en", "quokka ".repeat(100), "");
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(Jsoup.parse(tooLong.body()).select(".empty").text())
                .isEqualTo("Your search is too long: type at most 500 characters.");
        // Longer than any address the server reads: refused before the site is asked.
        TestServer.Page huge = newsroom.search("en", "a".repeat(10_000), "");
        assertThat(huge.status()).isEqualTo(414);
        assertThat(huge.body()).doesNotContain("Exception");
    }

    @Test
    void everyPublicPageHasASearchBoxAndResultsAreNeverKept() {
        for (String path : List.of("/en/news", "/ar/news", "/searchland/fr/news", "/searchland/fr/news/recensement-des-quokkas",
                "/en/search?q=quokka")) {
            TestServer.Page answer = server.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            Element form = Jsoup.parse(answer.body()).selectFirst("header form[role=search]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("method")).isEqualTo("get");
            String language = path.startsWith("/searchland/") ? path.split("/")[2] : path.split("/")[1];
            assertThat(form.attr("action")).isEqualTo((path.startsWith("/searchland/") ? "/searchland/" : "/")
                    + language + "/search");
            Element input = form.selectFirst("input[name=q]");
            assertThat(form.select("label[for=" + input.id() + "]").text()).isNotBlank();
        }
        assertThat(server.get("/en/news").header("ETag")).isNotNull();
        TestServer.Page results = newsroom.search("en", "quokka", "");
        assertThat(results.header("ETag")).isNull();
        assertThat(results.header("Cache-Control")).isNull();
        assertThat(Jsoup.parse(results.body()).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void theSearchPagesAreValidHtml() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (TestServer.Page page : List.of(newsroom.search("fr", "quokka", ""), newsroom.search("ar", "", ""),
                newsroom.search("en", "capybara", "&page=2&site=" + SearchSites.ASSOCIATION),
                newsroom.search("en", "quokka ".repeat(100), ""), newsroom.search("en", "zebu", ""))) {
            pages.put("search-" + pages.size(), page.body());
        }
        assertThat(HtmlValidator.errors(pages)).isEmpty();
    }

    private static Document page(TestServer.Page page) {
        assertThat(page.status()).as(page.path()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static List<String> titles(Document page) {
        return page.select(".search-results h2").eachText();
    }
}
