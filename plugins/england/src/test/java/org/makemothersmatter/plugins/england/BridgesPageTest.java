package org.makemothersmatter.plugins.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Sites;
import org.makemothersmatter.core.store.ArticleDao;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestServer;

/** MMM England's page on bridges between mothers of different cultures, in each language of its site, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BridgesPageTest {

    private static final Pattern CARD_LINK = Pattern.compile("<h3 class=\"card-title\"[^>]*><a href=\"([^\"]+)\">");

    /** What the page says in each language: its heading, its navigation label, a sentence of its own. */
    private record Expected(String heading, String navLabel, String sentence, String noNews) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "en", new Expected("Bridges between mothers of different cultures", "Bridges between cultures",
                    "working in particular with disadvantaged groups of women of Muslim tradition.",
                    "No news has been published here yet."),
            "fr", new Expected("Des ponts entre mères de cultures différentes", "Des ponts entre les cultures",
                    "en travaillant en particulier avec des groupes défavorisés de femmes de tradition musulmane.",
                    "Aucune actualité n’a encore été publiée ici."));

    private TestServer server;
    private Site site;

    @BeforeAll
    void start() {
        server = TestServer.start(new TestNetworkSite(), new EnglandModule());
        site = server.instance(Sites.class).find("england").orElseThrow();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void itReadsInEachLanguageOfTheSite() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(
                site.languages().stream().map(Language::code).toList());
        for (Language language : site.languages()) {
            Expected expected = EXPECTED.get(language.code());
            TestServer.Page page = server.get(site.url(language, "/bridges"));
            assertThat(page.status()).as(page.path()).isEqualTo(200);
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language.code() + "\" dir=\"ltr\">",
                            "<h1>" + expected.heading() + "</h1>", expected.sentence(),
                            "<a href=\"" + site.url(language, "/bridges") + "\" aria-current=\"page\">"
                                    + expected.navLabel() + "</a>");
            EXPECTED.entrySet().stream().filter(other -> !other.getKey().equals(language.code()))
                    .forEach(other -> assertThat(page.body()).as(page.path())
                            .doesNotContain(other.getValue().sentence()));
        }
    }

    @Test
    void theSitesNavigationLeadsToIt() {
        for (Language language : site.languages()) {
            String link = "<a href=\"" + site.url(language, "/bridges") + "\">"
                    + EXPECTED.get(language.code()).navLabel() + "</a>";
            assertThat(server.get(site.url(language, "")).body()).as("home").contains(link);
            assertThat(server.get(site.url(language, "/news")).body()).as("news").contains(link);
        }
    }

    @Test
    void itListsMmmEnglandsNewsOnceThereIsSome() {
        for (Language language : site.languages()) {
            String body = server.get(site.url(language, "/bridges")).body();
            assertThat(CARD_LINK.matcher(body).find()).as(language.code()).isFalse();
            assertThat(body).contains("<p class=\"empty\">" + EXPECTED.get(language.code()).noNews() + "</p>");
        }
        ArticleDao articles = server.instance(ArticleDao.class);
        long id = articles.insert("england", Section.NATIONAL, LocalDate.of(2024, 3, 8), Language.ENGLISH, false, null);
        articles.insertTranslation(id, Language.ENGLISH, "england", "A story of MMM England", "a-story-of-mmm-england",
                "What happened.", "What happened.", "<p>What happened.</p>");
        for (Language language : site.languages()) {
            String body = server.get(site.url(language, "/bridges")).body();
            List<String> links = CARD_LINK.matcher(body).results().map(m -> m.group(1)).toList();
            assertThat(links).as(language.code()).containsExactly(site.url(language, "/news/a-story-of-mmm-england"));
            assertThat(body).doesNotContain("<p class=\"empty\">")
                    .contains("<a href=\"" + site.url(language, "/news") + "\">");
            TestServer.Page article = server.get(links.get(0));
            assertThat(article.status()).as(article.path()).isEqualTo(200);
            assertThat(article.body()).as(article.path()).contains(">A story of MMM England</h1>");
            assertThat(server.get(site.url(language, "/news")).status()).isEqualTo(200);
        }
    }
}
