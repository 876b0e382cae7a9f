package org.makemothersmatter.plugins.france;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/** MMM France's page on its Mothers' Workshops, in each language of its site, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopsPageTest {

    private static final Pattern CARD_LINK = Pattern.compile("<h3 class=\"card-title\"[^>]*><a href=\"([^\"]+)\">");

    /** What the page says in each language: its heading, its navigation label, a sentence of its own. */
    private record Expected(String heading, String navLabel, String sentence) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "fr", new Expected("Les Ateliers des mères", "Ateliers des mères",
                    "en particulier les Ateliers des mères MMM, selon la technique originale mise au point par MMM France."),
            "en", new Expected("Mothers’ Workshops", "Mothers’ Workshops",
                    "in particular, the MMM Mothers’ Workshops using the original technique developed by MMM France."));

    private TestServer server;
    private Site site;

    @BeforeAll
    void start() {
        server = TestServer.start(new TestNetworkSite(), new FranceModule());
        site = server.instance(Sites.class).find("france").orElseThrow();
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
            TestServer.Page page = server.get(site.url(language, "/workshops"));
            assertThat(page.status()).as(page.path()).isEqualTo(200);
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language.code() + "\" dir=\"ltr\">",
                            "<h1>" + expected.heading() + "</h1>", expected.sentence(),
                            "<a href=\"" + site.url(language, "/workshops") + "\" aria-current=\"page\">"
                                    + expected.navLabel() + "</a>");
            EXPECTED.entrySet().stream().filter(other -> !other.getKey().equals(language.code()))
                    .forEach(other -> assertThat(page.body()).as(page.path())
                            .doesNotContain(other.getValue().sentence()));
        }
    }

    @Test
    void theSitesNavigationLeadsToIt() {
        for (Language language : site.languages()) {
            String link = "<a href=\"" + site.url(language, "/workshops") + "\">"
                    + EXPECTED.get(language.code()).navLabel() + "</a>";
            assertThat(server.get(site.url(language, "")).body()).as("home").contains(link);
            assertThat(server.get(site.url(language, "/news")).body()).as("news").contains(link);
        }
    }

    @Test
    void itListsMmmFrancesNewsWithLinksThatWork() {
        for (Language language : site.languages()) {
            String body = server.get(site.url(language, "/workshops")).body();
            List<String> links = CARD_LINK.matcher(body).results().map(m -> m.group(1)).toList();
            assertThat(links).as(language.code()).isNotEmpty()
                    .allSatisfy(link -> assertThat(link).startsWith(site.url(language, "/news/")));
            assertThat(body).contains("MMM France presents results of first 1000 days survey",
                    "<a href=\"" + site.url(language, "/news") + "\">");
            for (String link : links) {
                assertThat(server.get(link).status()).as(link).isEqualTo(200);
            }
            assertThat(server.get(site.url(language, "/news")).status()).isEqualTo(200);
        }
    }
}
