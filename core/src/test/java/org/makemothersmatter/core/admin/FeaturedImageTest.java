package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.makemothersmatter.core.testkit.TestImages.photo;
import static org.makemothersmatter.core.testkit.TestImages.upload;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * An article's featured image, chosen among its site's images in the settings of the edit form and saved with it:
 * shown at the top of the article, on its cards, and as the image of the page when it is shared, each with its
 * alternative text and size; the pages kept rendered show a change of it at once.
 */
class FeaturedImageTest extends TestlandTeam {

    @Test
    void theFeaturedImageIsAtTheTopOfTheArticleOnItsCardsAndWhereItIsShared() throws Exception {
        long image = upload(editor, "Mothers at the UN", photo(1200, 800));
        long id = Articles.create(editor, "Featured at the UN", "Our delegation spoke.");
        Document form = Jsoup.parse(editor.get(Articles.edit(id)).body());
        Element choice = form.selectFirst("select#image[form=text-form] option[value=" + image + "]");
        assertThat(choice).isNotNull();
        assertThat(choice.text()).isEqualTo("Mothers at the UN (image " + image + ")");
        assertThat(form.select("select#image option[selected]").attr("value")).as("none yet").isEmpty();

        assertThat(Articles.send(editor, id, Map.of("image", String.valueOf(image), "network", "true"), "publish")
                .status()).isEqualTo(303);
        TestSites.acceptForNetwork(server, PASSWORD, id);
        assertThat(Jsoup.parse(editor.get(Articles.edit(id)).body()).select("select#image option[selected]")
                .attr("value")).isEqualTo(String.valueOf(image));

        TestServer.Page article = server.get("/testland/en/news/featured-at-the-un");
        Document page = Jsoup.parse(article.body());
        Element top = page.selectFirst("article.article > header + img.featured-image");
        assertThat(top).isNotNull();
        assertThat(top.attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue()).contains(
                "src=/media/" + image + "/800", "alt=Mothers at the UN", "width=800", "height=533");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost/media/" + image + "/1200");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("800");
        assertThat(page.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Mothers at the UN");

        // The international news shows the article's card as core shows cards (Testland lists its own way).
        TestServer.Page news = server.get("/en/news");
        Element card = Jsoup.parse(news.body()).selectFirst(".card:has(a[href$=/featured-at-the-un]) img.card-image");
        assertThat(card).isNotNull();
        assertThat(card.attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue()).contains(
                "src=/media/" + image + "/400", "alt=Mothers at the UN", "width=400", "height=267", "loading=lazy");
        for (String variant : new String[] {"/media/" + image + "/400", "/media/" + image + "/800",
                "/media/" + image + "/1200"}) {
            assertThat(server.get(variant).status()).as(variant).isEqualTo(200);
        }
        assertThat(HtmlValidator.errors(Map.of("article", article.body(), "news", news.body()))).isEmpty();
    }

    @Test
    void aChangeOfTheImageOrOfItsAlternativeTextShowsAtOnceOnPagesKeptRendered() {
        long image = upload(editor, "A first description", photo(600, 400));
        long id = Articles.create(editor, "Kept rendered", "Text.");
        assertThat(Articles.send(editor, id, Map.of("image", String.valueOf(image), "network", "true"), "publish")
                .status()).isEqualTo(303);
        TestSites.acceptForNetwork(server, PASSWORD, id);
        String path = "/testland/en/news/kept-rendered";
        assertThat(server.get(path).body()).contains("alt=\"A first description\"");
        assertThat(server.get("/en/news").body()).contains("alt=\"A first description\"");

        editor.get("/admin/media/" + image);
        assertThat(editor.post("/admin/media/" + image + "/alt", Map.of("alt", "A better description")).status())
                .isEqualTo(303);
        assertThat(server.get(path).body()).contains("alt=\"A better description\"")
                .doesNotContain("A first description");
        assertThat(server.get("/en/news").body()).contains("alt=\"A better description\"");

        assertThat(Articles.send(editor, id, Map.of("image", ""), "save").status()).isEqualTo(303);
        assertThat(server.get(path).body()).doesNotContain("featured-image", "og:image");
        assertThat(server.get("/en/news").body()).doesNotContain("/media/" + image + "/");
    }

    @Test
    void anImageNotOfTheSiteIsRefusedAndTheFormShownAsTyped() {
        Browser stranger = server.signedIn("editor@otherland.org", PASSWORD);
        stranger.get("/admin/media");
        assertThat(stranger.postMultipart("/admin/media", Map.of("site", "otherland", "alt", "Elsewhere"),
                photo(300, 200)).status()).isEqualTo(303);
        String otherSites = Matches.first(stranger.get("/admin/media").body(), "src=\"/media/(\\d+)/");
        long id = Articles.create(editor, "Not theirs", "Text.");
        String before = editor.get(Articles.edit(id)).body();

        for (String image : new String[] {otherSites, "999999", "abc"}) {
            TestServer.Page refused = Articles.send(editor, id, Map.of("title", "Typed meanwhile", "image", image),
                    "save");
            assertThat(refused.status()).as(image).isEqualTo(422);
            assertThat(refused.body()).contains("Choose one of", "images as the featured image, or none",
                    "value=\"Typed meanwhile\"");
        }
        assertThat(editor.get(Articles.edit(id)).body()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aFeaturedImageSaysSoAndCannotBeDeleted() {
        long image = upload(editor, "On the cards", photo(500, 500));
        long id = Articles.create(editor, "Featuring it", "Text.");
        assertThat(Articles.send(editor, id, Map.of("image", String.valueOf(image)), "save").status()).isEqualTo(303);
        assertThat(editor.get("/admin/media/" + image).body()).contains("<a href=\"/admin/articles/" + id
                + "?lang=en\">Article “Featuring it” (its featured image)</a>");
        TestServer.Page refused = editor.post("/admin/media/" + image + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("This image cannot be deleted: it is used");
        assertThat(server.get("/media/" + image + "/400").status()).isEqualTo(200);
    }
}
