package org.makemothersmatter.plugins.mali;

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

/** MMM Mali's page on its training and counselling, in each language of its site, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammesPageTest {

    private static final Pattern CARD_LINK = Pattern.compile("<h3 class=\"card-title\"[^>]*><a href=\"([^\"]+)\">");

    /** What the page says in each language: its heading, its navigation label, its lead, its four areas. */
    private record Expected(String heading, String navLabel, String sentence, List<String> areas, String noNews) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "fr", new Expected("Formation et conseil", "Formation et conseil",
                    "MMM Mali œuvre pour l’autonomisation des mères et la promotion de leurs droits humains",
                    List.of("Formation", "Sensibilisation", "Conseil", "Assistance"),
                    "Aucune actualité n’a encore été publiée ici."),
            "en", new Expected("Training and counselling", "Training and counselling",
                    "MMM Mali works for the empowerment of mothers and the promotion of their human rights",
                    List.of("Training", "Awareness raising", "Counselling", "Assistance"),
                    "No news has been published here yet."));

    private TestServer server;
    private Site site;

    @BeforeAll
    void start() {
        server = TestServer.start(new TestNetworkSite(), new MaliModule());
        site = server.instance(Sites.class).find("mali").orElseThrow();
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
            TestServer.Page page = server.get(site.url(language, "/programmes"));
            assertThat(page.status()).as(page.path()).isEqualTo(200);
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language.code() + "\" dir=\"ltr\">",
                            "<h1>" + expected.heading() + "</h1>", expected.sentence(),
                            "<a href=\"" + site.url(language, "/programmes") + "\" aria-current=\"page\">"
                                    + expected.navLabel() + "</a>");
            assertThat(Pattern.compile("<li>([^<]+)</li>").matcher(page.body()).results().map(m -> m.group(1)))
                    .as(page.path()).containsExactlyElementsOf(expected.areas());
            EXPECTED.entrySet().stream().filter(other -> !other.getKey().equals(language.code()))
                    .forEach(other -> assertThat(page.body()).as(page.path())
                            .doesNotContain(other.getValue().sentence()));
        }
    }

    @Test
    void theSitesNavigationLeadsToIt() {
        for (Language language : site.languages()) {
            String link = "<a href=\"" + site.url(language, "/programmes") + "\">"
                    + EXPECTED.get(language.code()).navLabel() + "</a>";
            assertThat(server.get(site.url(language, "")).body()).as("home").contains(link);
            assertThat(server.get(site.url(language, "/news")).body()).as("news").contains(link);
        }
    }

    @Test
    void itListsMmmMalisNewsOnceThereIsSome() {
        for (Language language : site.languages()) {
            String body = server.get(site.url(language, "/programmes")).body();
            assertThat(CARD_LINK.matcher(body).find()).as(language.code()).isFalse();
            assertThat(body).contains("<p class=\"empty\">" + EXPECTED.get(language.code()).noNews() + "</p>");
        }
        ArticleDao articles = server.instance(ArticleDao.class);
        long id = articles.insert("mali", Section.NATIONAL, LocalDate.of(2024, 3, 8), Language.FRENCH, false, null);
        articles.insertTranslation(id, Language.FRENCH, "mali", "Une nouvelle de MMM Mali", "une-nouvelle-de-mmm-mali",
                "Ce qui s’est passé.", "Ce qui s’est passé.", "<p>Ce qui s’est passé.</p>");
        for (Language language : site.languages()) {
            String body = server.get(site.url(language, "/programmes")).body();
            List<String> links = CARD_LINK.matcher(body).results().map(m -> m.group(1)).toList();
            assertThat(links).as(language.code()).containsExactly(site.url(language, "/news/une-nouvelle-de-mmm-mali"));
            assertThat(body).doesNotContain("<p class=\"empty\">")
                    .contains("<a href=\"" + site.url(language, "/news") + "\">");
            TestServer.Page article = server.get(links.get(0));
            assertThat(article.status()).as(article.path()).isEqualTo(200);
            assertThat(article.body()).as(article.path()).contains(">Une nouvelle de MMM Mali</h1>");
            assertThat(server.get(site.url(language, "/news")).status()).isEqualTo(200);
        }
    }
}
