package org.makemothersmatter.plugins.lebanon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Sites;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestServer;

/** MMM Lebanon's solidarity appeal, in French, English and Arabic (right to left), over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolidarityPageTest {

    private static final Pattern CARD_TITLE =
            Pattern.compile("<h3 class=\"card-title\"([^>]*)><a href=\"([^\"]+)\">([^<]+)</a>");

    /**
     * What the page says in each language: its direction, heading, navigation label, the lead that only it
     * says, and the opening of the appeal (whose article, in English only, may show on any page).
     */
    private record Expected(String dir, String heading, String navLabel, String lead, String appeal) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "fr", new Expected("ltr", "Solidaires avec le Liban", "Solidarité",
                    "pour améliorer la vie des mères et des enfants et faire évoluer la législation vers l’égalité",
                    "Cette pandémie a en effet tout particulièrement éprouvé les sociétés fragiles"),
            "en", new Expected("ltr", "Solidarity with Lebanon", "Solidarity",
                    "to improve the lives of mothers and children and to change the legislation towards gender equality.",
                    "this pandemic has particularly challenged fragile societies and put them at risk of collapse."),
            "ar", new Expected("rtl", "تضامناً مع لبنان", "التضامن",
                    "من أجل تحسين حياة الأمهات والأطفال وتغيير التشريعات نحو المساواة بين الجنسين.",
                    "تحدياً خاصاً للمجتمعات الهشّة وعرّضتها لخطر الانهيار."));

    private TestServer server;
    private Site site;

    @BeforeAll
    void start() {
        server = TestServer.start(new TestNetworkSite(), new LebanonModule());
        site = server.instance(Sites.class).find("lebanon").orElseThrow();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void itReadsInEachLanguageOfTheSiteArabicRightToLeft() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(
                site.languages().stream().map(Language::code).toList());
        for (Language language : site.languages()) {
            Expected expected = EXPECTED.get(language.code());
            TestServer.Page page = server.get(site.url(language, "/solidarity"));
            assertThat(page.status()).as(page.path()).isEqualTo(200);
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language.code() + "\" dir=\"" + expected.dir() + "\">",
                            "<h1>" + expected.heading() + "</h1>", expected.lead(), expected.appeal(),
                            "<a href=\"" + site.url(language, "/solidarity") + "\" aria-current=\"page\">"
                                    + expected.navLabel() + "</a>");
            EXPECTED.entrySet().stream().filter(other -> !other.getKey().equals(language.code()))
                    .forEach(other -> assertThat(page.body()).as(page.path())
                            .doesNotContain(other.getValue().lead()));
        }
    }

    @Test
    void theSitesNavigationLeadsToIt() {
        for (Language language : site.languages()) {
            String link = "<a href=\"" + site.url(language, "/solidarity") + "\">"
                    + EXPECTED.get(language.code()).navLabel() + "</a>";
            assertThat(server.get(site.url(language, "")).body()).as("home").contains(link);
            assertThat(server.get(site.url(language, "/news")).body()).as("news").contains(link);
        }
    }

    /** The appeal's article exists in English only: on the French and Arabic pages its card says so. */
    @Test
    void itLinksToTheAppealAndMmmLebanonsNews() {
        for (Language language : site.languages()) {
            String body = server.get(site.url(language, "/solidarity")).body();
            var cards = CARD_TITLE.matcher(body).results().toList();
            assertThat(cards).as(language.code()).isNotEmpty()
                    .anySatisfy(card -> assertThat(card.group(3)).isEqualTo("Solidarity with Lebanon"));
            for (var card : cards) {
                assertThat(card.group(1)).isEqualTo(language.equals(Language.ENGLISH) ? "" : " lang=\"en\"");
                assertThat(card.group(2)).startsWith(site.url(language, "/news/"));
                TestServer.Page article = server.get(card.group(2));
                assertThat(article.status()).as(article.path()).isEqualTo(200);
                assertThat(article.body()).as(article.path()).contains(">" + card.group(3) + "</h1>");
            }
            assertThat(body).contains("<a href=\"" + site.url(language, "/news") + "\">");
            assertThat(server.get(site.url(language, "/news")).status()).isEqualTo(200);
        }
    }
}
