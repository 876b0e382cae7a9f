package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.makemothersmatter.core.testkit.TestServer;

/** Missing translations, language choice, unknown addresses and bad parameters, as a visitor meets them. */
class LanguagesAndErrorsTest extends NetworkSiteTest {


    @Test
    void aMissingTranslationShowsTheOriginalWithANotice() {
        TestServer.Page page = server.get(
                "/en/news/mmm-soutient-les-recommandations-du-hcdh-sur-les-droits-de-lenfant-et-la");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"",
                "This content is not available in English yet. It is shown in its original language: French.",
                "<h1 lang=\"fr\">MMM soutient les recommandations du HCDH", "<div class=\"prose\" lang=\"fr\">");

        TestServer.Page mission = server.get("/belgium/en/pages/mission-vision");
        assertThat(mission.status()).isEqualTo(200);
        assertThat(mission.body()).contains("It is shown in its original language: French.", "Une ONG au service des mères");

        assertThat(server.get("/fr/national-mmm").body())
                .contains("Ce contenu n’est pas encore disponible en français. Il est affiché dans sa langue d’origine : anglais.");
    }

    @Test
    void listingsMarkCardsWhoseTranslationIsMissing() {
        assertThat(server.get("/en/advocacy/un").body())
                .contains("<span class=\"badge\">In French</span>",
                        "<h3 class=\"card-title\" lang=\"fr\"><a href=\"/en/news/mmm-soutient-les-recommandations");
    }

    @Test
    void anArticleAskedInALanguageItHasUnderAnotherSlugRedirectsToIt() {
        TestServer.Page page = server.get(
                "/belgium/fr/news/an-almost-perfect-mother-new-podcast-series-with-isabelle-roskam");
        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location"))
                .isEqualTo("/belgium/fr/news/une-mere-presque-parfaite-nouvelle-serie-de-podcasts-avec-isabelle-roskam");
    }

    @Test
    void bareAddressesLeadToTheBrowsersLanguage() {
        assertThat(server.get("/", "Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5").header("Location")).isEqualTo("/fr/");
        assertThat(server.get("/", "Accept-Language", "en-US,en;q=0.9").header("Location")).isEqualTo("/en/");
        assertThat(server.get("/", "Accept-Language", "de-DE").header("Location")).isEqualTo("/en/");
        assertThat(server.get("/").status()).isEqualTo(302);
        assertThat(server.get("/belgium").header("Location")).isEqualTo("/belgium/fr/");
        assertThat(server.get("/belgium", "Accept-Language", "en").header("Location")).isEqualTo("/belgium/en/");
    }

    @Test
    void unknownAddressesGetANotFoundPageInTheSitesLanguage() {
        assertNotFound("/en/no-such-page", "en", "Page not found");
        assertNotFound("/fr/no-such-page", "fr", "Page introuvable");
        assertNotFound("/belgium/fr/nothing/here", "fr", "Page introuvable");
        assertNotFound("/en/news/no-such-article", "en", "Page not found");
        assertNotFound("/fr/advocacy/nato", "fr", "Page introuvable");
        assertNotFound("/de/", "en", "Page not found");
        assertNotFound("/england/fr/pages/none", "fr", "Page introuvable");
        TestServer.Page french = server.get("/somewhere", "Accept-Language", "fr");
        assertThat(french.status()).isEqualTo(404);
        assertThat(french.body()).contains("<html lang=\"fr\"", "Page introuvable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "999999", "1.5", "", "99999999999999999999"})
    void badPageNumbersGetABadRequestPage(String value) {
        for (String path : new String[] {"/en/news", "/belgium/fr/news", "/fr/advocacy/eu"}) {
            TestServer.Page page = server.get(path + "?page=" + value);
            assertThat(page.status()).as(path + value).isEqualTo(400);
            assertThat(page.body()).as(path + value).contains("<h1>", "</html>").doesNotContain("Exception", "at org.");
        }
        assertThat(server.get("/fr/news?page=abc").body()).contains("Requête incorrecte");
    }

    @Test
    void aPagePastTheEndIsEmptyAndNotIndexed() {
        TestServer.Page page = server.get("/en/news?page=500");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There are no more news items.", "<meta name=\"robots\" content=\"noindex\">")
                .doesNotContain("class=\"card\"");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : new String[] {"/en/", "/en/nothing", "/assets/core/site.css"}) {
            TestServer.Page page = server.get(path);
            assertThat(page.header("Content-Security-Policy")).as(path).contains("default-src 'self'",
                    "frame-ancestors 'none'");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    private static void assertNotFound(String path, String language, String title) {
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(404);
        assertThat(page.body()).as(path).contains("<html lang=\"" + language + "\"", "<h1>" + title + "</h1>");
    }
}
