package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.content.ContentItem;
import org.makemothersmatter.core.content.ContentSource;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.model.Article;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Sites;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.testkit.TestServer;

/** The real content of the current site is served: every story, with its date, in its language. */
class SeedContentTest extends NetworkSiteTest {


    @Test
    void everyStoryIsServedWithItsTitleAndDateInEachOfItsLanguages() {
        ContentSource source = new ContentSource(getClass().getClassLoader());
        List<String> checked = new ArrayList<>();
        for (var plugin : server.instance(Sites.class).plugins()) {
            Site site = plugin.site();
            for (ContentItem item : source.items(site, "news")) {
                for (ContentFile file : item.files()) {
                    String title = file.required("title");
                    String url = site.url(file.language(), "/news/" + Slugs.of(title));
                    TestServer.Page page = server.get(url);
                    assertThat(page.status()).as(url).isEqualTo(200);
                    assertThat(text(url)).as(url)
                            .contains("<html lang=\"" + file.language().code() + "\"")
                            .contains(title)
                            .contains("<time datetime=\"" + item.folder().substring(0, 10) + "\">");
                    checked.add(url);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(37);
    }

    @Test
    void theSameStoryInTwoLanguagesIsOneArticle() {
        NewsService news = server.instance(NewsService.class);
        Article english = news.find("belgium", "an-almost-perfect-mother-new-podcast-series-with-isabelle-roskam",
                Language.ENGLISH).orElseThrow();
        Article french = news.find("belgium", "une-mere-presque-parfaite-nouvelle-serie-de-podcasts-avec-isabelle-roskam",
                Language.FRENCH).orElseThrow();
        assertThat(french.id()).isEqualTo(english.id());
        assertThat(english.translations()).extracting(t -> t.language().code()).containsExactly("en", "fr");
        assertThat(english.publishedOn()).hasToString("2022-04-26");
        assertThat(english.originalLanguage()).isEqualTo(Language.FRENCH);
    }

    @Test
    void theNationalDirectoryListsTheFiveAssociationsAndTheirNews() {
        String body = text("/en/national-mmm");
        assertThat(body).contains("Federate local associations with a similar mission to MMM",
                "<a href=\"/belgium/en/\">MMM Belgium</a>", "<a href=\"/england/en/\">MMM England</a>",
                "<a href=\"/france/en/\">MMM France</a>", "<a href=\"/lebanon/en/\">MMM Lebanon</a>",
                "<a href=\"/mali/en/\">MMM Mali</a>",
                "MMM Mali works for the empowerment of mothers and the promotion of their human rights",
                "Reconciling parenthood and work in Belgium – join the public consultation",
                "<time datetime=\"2024-05-30\">30 May 2024</time>");
    }

    @Test
    void theInternationalNewsHoldsNetworkNewsAndWhatAssociationsShare() {
        String first = text("/en/news");
        assertThat(first).contains("Motherhood and the Beijing Agenda – a retrospective",
                "<time datetime=\"2025-05-10\">10 May 2025</time>", "Page 1 of 4");
        String last = text("/en/news?page=4");
        assertThat(last).contains("ESPERAS Peace Lab to present No Man’s Land documentary film project",
                "<time datetime=\"2019-05-20\">20 May 2019</time>");
    }

    @Test
    void theAdvocacyPagesShowEachDelegationWithItsNews() {
        String english = text("/en/advocacy");
        assertThat(english).contains("Through its advocacy work, Make Mothers Matter seeks to influence policy",
                "<a href=\"/en/advocacy/eu\">European Union</a>", "<a href=\"/en/advocacy/un\">United Nations</a>",
                "<a href=\"/en/advocacy/unesco\">UNESCO</a>");
        String french = text("/fr/advocacy");
        assertThat(french).contains("Les délégations de MMM auprès des Organisations Internationales",
                "MMM influe sur les débats qui se tiennent au niveau européen", "Lire plus");
        assertThat(text("/fr/advocacy/eu")).contains(
                "MAV : Transformer les Défis de la Maternité en Opportunités Professionnelles",
                "<time datetime=\"2024-12-14\">14 décembre 2024</time>");
        String unesco = text("/en/advocacy/unesco");
        assertThat(unesco).contains("MMM is particularly involved in discussions on education and peace",
                "<time datetime=\"2022-11-26\">26 November 2022</time>");
    }

    @Test
    void belgiumShowsItsMissionPagesAndFrenchNews() {
        String home = text("/belgium/fr/");
        assertThat(home).contains("L’association Make Mothers Matter Belgium (MMM Belgium) a été crée en mars 2015",
                "<a href=\"/belgium/fr/pages/la-charte-de-la-mere\">La Charte de la mère</a>",
                "Une mère presque parfaite – Nouvelle série de podcasts avec Isabelle Roskam");
        assertThat(text("/belgium/fr/pages/la-charte-de-la-mere"))
                .contains("La mère est le premier artisan de l’histoire humaine.");
        assertThat(text("/belgium/fr/news"))
                .contains("Quand le monde change", "<time datetime=\"2020-04-07\">7 avril 2020</time>");
        assertThat(text("/belgium/fr/news?page=2"))
                .contains("ESPERAS Peace Lab to present No Man’s Land documentary film project",
                        "<time datetime=\"2019-05-20\">20 mai 2019</time>", "<span class=\"badge\">En anglais</span>");
    }
}
