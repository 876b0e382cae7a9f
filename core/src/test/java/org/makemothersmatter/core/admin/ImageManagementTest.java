package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.makemothersmatter.core.testkit.TestImages.photo;
import static org.makemothersmatter.core.testkit.TestImages.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Browser.FilePart;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * An image's page in the back office: its alternative text changed by who may edit its site, what uses it listed,
 * its deletion confirmed when nothing does and refused when something does; the edit page's picker lists and uploads
 * images as JSON. Every change needs the form's token.
 */
class ImageManagementTest extends TestlandTeam {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAlternativeTextIsChangedOnTheImagesPage() {
        long id = upload(editor, "A first description", photo(900, 600));
        assertThat(editor.get("/admin/media").body()).contains("href=\"/admin/media/" + id + "\">A first description<");
        String page = editor.get("/admin/media/" + id).body();
        assertThat(page).contains("alt=\"A first description\"", "name=\"alt\"", "value=\"A first description\"",
                "![A first description](/media/" + id + "/800)");

        TestServer.Page saved = editor.post("/admin/media/" + id + "/alt", Map.of("alt", "  Mothers   at the UN "));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).startsWith("/admin/media/" + id + "?");
        assertThat(editor.get("/admin/media/" + id).body()).contains("value=\"Mothers at the UN\"",
                "![Mothers at the UN](/media/" + id + "/800)");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'image.describe' AND target = 'image "
                + id + "'")).isEqualTo(1);

        TestServer.Page refused = editor.post("/admin/media/" + id + "/alt", Map.of("alt", "x".repeat(301)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("at most 300 characters", "value=\"" + "x".repeat(301) + "\"");
        assertThat(editor.get("/admin/media/" + id).body()).contains("value=\"Mothers at the UN\"");
    }

    @Test
    void onlyWhoMayEditTheSiteChangesOrDeletesAnImageAndOnlyWithTheFormsToken() {
        long id = upload(editor, "Kept as it is", photo(300, 200));
        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        assertThat(translator.get("/admin/media/" + id).body()).as("shown, but not to be changed")
                .contains("Kept as it is").doesNotContain("name=\"alt\"", "/delete\"");
        assertThat(translator.post("/admin/media/" + id + "/alt", Map.of("alt", "Changed")).status()).isEqualTo(403);
        assertThat(translator.post("/admin/media/" + id + "/delete", Map.of()).status()).isEqualTo(403);

        Browser stranger = server.signedIn("editor@otherland.org", PASSWORD);
        assertThat(stranger.get("/admin/media/" + id).status()).isEqualTo(403);
        assertThat(stranger.post("/admin/media/" + id + "/alt", Map.of("alt", "Changed")).status()).isEqualTo(403);
        assertThat(stranger.post("/admin/media/" + id + "/delete", Map.of()).status()).isEqualTo(403);

        editor.get("/admin/media/" + id);
        assertThat(editor.postRaw("/admin/media/" + id + "/alt", Map.of("alt", "Changed")).status()).isEqualTo(403);
        assertThat(editor.postRaw("/admin/media/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(editor.get("/admin/media/" + id).body()).contains("value=\"Kept as it is\"");
        assertThat(server.get("/media/" + id + "/300").status()).isEqualTo(200);
        for (String path : new String[] {"/admin/media/999999", "/admin/media/999999/delete", "/admin/media/abc"}) {
            assertThat(editor.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void anImageNothingUsesIsDeletedOnceConfirmed() {
        long id = upload(editor, "Taken by mistake", photo(500, 400));
        assertThat(editor.get("/admin/media/" + id).body()).contains("No article or page uses this image.",
                "href=\"/admin/media/" + id + "/delete\"");
        Document confirmation = Jsoup.parse(editor.get("/admin/media/" + id + "/delete").body());
        assertThat(confirmation.select("h1").text()).isEqualTo("Delete this image?");
        assertThat(confirmation.select("form[action=/admin/media/" + id + "/delete] button").text())
                .isEqualTo("Delete the image");

        TestServer.Page deleted = editor.post("/admin/media/" + id + "/delete", Map.of());
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(deleted.header("Location")).startsWith("/admin/media?site=testland&").contains("Image+deleted");
        assertThat(server.get("/media/" + id + "/400").status()).isEqualTo(404);
        assertThat(editor.get("/admin/media/" + id).status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM image_variant WHERE image_id = " + id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'image.delete' AND target = 'image "
                + id + "'")).isEqualTo(1);
    }

    @Test
    void anImageATextUsesSaysWhereAndIsNotDeleted() {
        long id = upload(editor, "At the UN", photo(900, 600));
        long other = upload(editor, "Elsewhere", photo(300, 200));
        long article = Articles.create(editor, "Shown in the text", "Our delegation.\n\n![At the UN](/media/" + id
                + "/800)");
        assertThat(Articles.send(editor, article, Map.of(), "publish").status()).isEqualTo(303);
        // A change waiting to be published that links the other image by its own address.
        assertThat(Articles.send(editor, article, Map.of("body", "[The photo](/media/" + other + ")"), "save")
                .status()).isEqualTo(303);

        String page = editor.get("/admin/media/" + id).body();
        assertThat(page).contains("<a href=\"/admin/articles/" + article + "?lang=en\">Article “Shown in the text”"
                + " (English)</a>").doesNotContain("href=\"/admin/media/" + id + "/delete\"");
        assertThat(editor.get("/admin/media/" + other).body()).contains("Article “Shown in the text” (English, a "
                + "change not yet public)");
        assertThat(Jsoup.parse(editor.get("/admin/media/" + id + "/delete").body()).select("form button"))
                .as("no deletion offered").extracting(e -> e.text()).doesNotContain("Delete the image");

        TestServer.Page refused = editor.post("/admin/media/" + id + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("This image cannot be deleted: it is used",
                "Article “Shown in the text” (English)");
        assertThat(editor.post("/admin/media/" + other + "/delete", Map.of()).status()).isEqualTo(409);
        assertThat(server.get("/media/" + id + "/800").status()).isEqualTo(200);
        assertThat(server.get("/media/" + other + "/300").status()).isEqualTo(200);
    }

    @Test
    void thePickerListsTheSitesImagesAndUploadsAsJson() {
        long id = upload(editor, "A workshop [in Brussels]", photo(1000, 700));
        editor.get("/admin/articles");
        TestServer.Page list = editor.get("/admin/media.json?site=testland");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        JsonNode first = json(list).get("images").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(id);
        assertThat(first.get("alt").asText()).isEqualTo("A workshop [in Brussels]");
        assertThat(first.get("markdown").asText()).isEqualTo("![A workshop \\[in Brussels\\]](/media/" + id + "/800)");
        assertThat(first.get("thumbnail").asText()).isEqualTo("/media/" + id + "/400");
        assertThat(editor.get("/admin/media.json?site=otherland").status()).as("not the editor's site")
                .isEqualTo(400);

        editor.get("/admin/articles");
        TestServer.Page uploaded = editor.postMultipart("/admin/media.json", Map.of("site", "testland",
                "alt", "Uploaded from the editor"), photo(640, 480));
        assertThat(uploaded.status()).isEqualTo(201);
        JsonNode image = json(uploaded);
        assertThat(image.get("markdown").asText()).isEqualTo("![Uploaded from the editor](/media/"
                + image.get("id").asLong() + "/640)");
        assertThat(server.get("/media/" + image.get("id").asLong() + "/640").status()).isEqualTo(200);

        TestServer.Page refused = editor.postMultipart("/admin/media.json", Map.of("site", "testland", "alt", ""),
                photo(100, 100));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(json(refused).get("error").asText()).contains("alternative text is what");
        FilePart notAnImage = new FilePart("file", "photo.jpg", "image/jpeg", "<svg/>".getBytes());
        assertThat(json(editor.postMultipart("/admin/media.json", Map.of("site", "testland", "alt", "x"), notAnImage))
                .get("error").asText()).contains("not a JPEG, PNG, GIF or WebP image");
        assertThat(editor.postMultipartRaw("/admin/media.json", Map.of("site", "testland", "alt", "Forged"),
                photo(100, 100)).status()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void theEditPageOffersThePickerAndTheImagesPageWithoutScript() {
        long article = Articles.create(editor, "With a picker", "Text.");
        Document page = Jsoup.parse(editor.get(Articles.edit(article)).body());
        assertThat(page.select("dialog#image-picker").attr("data-images")).isEqualTo("/admin/media.json?site=testland");
        assertThat(page.select("#text-form textarea[name=body]").attr("data-image-picker")).isEqualTo("image-picker");
        assertThat(page.select("dialog#image-picker form[enctype=multipart/form-data] input[name=file]")).hasSize(1);
        assertThat(page.select("#text-form a[href=/admin/media?site=testland]")).hasSize(1);

        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        Document translators = Jsoup.parse(translator.get("/admin/articles/" + article + "?lang=fr").body());
        assertThat(translators.select("dialog#image-picker")).hasSize(1);
        assertThat(translators.select("dialog#image-picker form")).as("translators upload nothing").isEmpty();
    }

    private static JsonNode json(TestServer.Page page) {
        try {
            return JSON.readTree(page.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(String sql) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
