package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;

/**
 * A published article's text changes in public only when an editor publishes the change: until then visitors see
 * the published text, the editor and the preview the change. Each form is sent as the page gives it.
 */
class StagedChangesTest extends TestlandTeam {

    @Test
    void aChangeOfAPublishedTextIsPublicOnlyOncePublished() {
        long id = published("Staged once");
        assertThat(send(editor, id, "en", Map.of("title", "Staged twice", "body", "The new text."), "save").status())
                .isEqualTo(303);
        assertThat(server.get("/testland/en/news/staged-once").body()).as("visitors see the published text")
                .contains("<h1>Staged once</h1>").doesNotContain("The new text.");
        assertThat(edit(editor, id, "en")).contains("value=\"Staged twice\"", "<strong class=\"pending\">a change not yet public",
                "value=\"discard\"");
        assertThat(editor.get("/admin/articles/" + id + "/preview/en").body()).as("the preview shows the change")
                .contains("Staged twice", "The new text.", "class=\"preview-banner\"",
                        "href=\"/admin/articles/" + id + "?lang=en\"");

        assertThat(send(editor, id, "en", Map.of(), "publish").status()).isEqualTo(303);
        assertThat(server.get("/testland/en/news/staged-once").body()).as("at the address the form kept")
                .contains("<h1>Staged twice</h1>",
                "The new text.");
        assertThat(edit(editor, id, "en")).doesNotContain("class=\"pending\"", "value=\"discard\"");
    }

    @Test
    void aDiscardedChangeLeavesThePublishedTextAsItWas() {
        long id = published("Kept in public");
        assertThat(send(editor, id, "en", Map.of("body", "A change nobody wants."), "save").status()).isEqualTo(303);
        assertThat(send(editor, id, "en", Map.of(), "discard").status()).isEqualTo(303);
        assertThat(edit(editor, id, "en")).doesNotContain("A change nobody wants.", "class=\"pending\"");
        assertThat(server.get("/testland/en/news/kept-in-public").body()).contains("Some text.")
                .doesNotContain("A change nobody wants.");
    }

    @Test
    void aTranslatorsTextOfAPublishedArticleWaitsForReviewAndAnEditorPublishesIt() {
        long id = published("To be translated");
        assertThat(tab(editor, id, "fr")).endsWith("· to translate");
        String form = edit(translator, id, "fr");
        assertThat(form).contains("value=\"review\"").doesNotContain("value=\"publish\"");
        assertThat(send(translator, id, "fr", Map.of("title", "À traduire", "body", "Un texte."), "review").status())
                .isEqualTo(303);
        assertThat(server.get("/testland/fr/news/a-traduire").status()).as("not public before review").isEqualTo(404);
        assertThat(edit(editor, id, "fr")).contains("a change submitted for review", "value=\"À traduire\"");
        assertThat(tab(editor, id, "fr")).as("each translation has its own state").endsWith("· in review");
        assertThat(tab(editor, id, "en")).matches(".*· published \\d{1,2} \\w{3} \\d{4}");

        assertThat(send(editor, id, "fr", Map.of(), "publish").status()).isEqualTo(303);
        assertThat(server.get("/testland/fr/news/a-traduire").body()).contains("<h1>À traduire</h1>", "Un texte.");
        assertThat(tab(editor, id, "fr")).as("and its own publication date")
                .matches(".*· published \\d{1,2} \\w{3} \\d{4}");
    }

    @Test
    void aTranslationPublishedDaysAfterTheArticleShowsItsOwnDate() {
        long id = published("Dated on its own day");
        // As if the English text had gone public three days ago.
        server.instance(Jdbi.class).useTransaction(h -> {
            h.createUpdate("UPDATE article SET published_on = DATEADD(DAY, -3, published_on) WHERE id = :id")
                    .bind("id", id).execute();
            h.createUpdate("UPDATE article_translation SET published_at = DATEADD(DAY, -3, published_at)"
                    + " WHERE article_id = :id").bind("id", id).execute();
        });
        server.instance(ContentEvents.class).changed(ContentChanged.on("testland"));
        assertThat(send(translator, id, "fr", Map.of("title", "Daté de son jour", "body", "Un texte."), "review")
                .status()).isEqualTo(303);
        assertThat(send(editor, id, "fr", Map.of(), "publish").status()).isEqualTo(303);

        LocalDate today = LocalDate.now(ArticleEditor.ZONE);
        String french = "<time datetime=\"" + today + "\">";
        assertThat(server.get("/testland/fr/news/date-de-son-jour").body()).contains(french);
        assertThat(server.instance(NewsService.class).latestOfSite("testland", Language.FRENCH, 100))
                .as("as the listings show it").filteredOn(summary -> summary.id() == id)
                .extracting(ArticleSummary::publishedOn).containsExactly(today);
        assertThat(server.get("/testland/en/news/dated-on-its-own-day").body()).as("the original keeps its day")
                .contains("<time datetime=\"" + today.minusDays(3) + "\">");
    }

    @Test
    void aChangeSavedTwiceIsOneChangeAndAStaleFormIsRefused() {
        long id = published("Saved twice");
        Map<String, String> stale = HtmlForm.fields(edit(editor, id, "en"), "text-form");
        assertThat(send(editor, id, "en", Map.of("body", "First change."), "save").status()).isEqualTo(303);
        assertThat(send(editor, id, "en", Map.of("body", "Second change."), "save").status()).isEqualTo(303);
        stale.put("body", "A late change.");
        stale.put("then", "save");
        assertThat(editor.post("/admin/articles/" + id + "/text/en", stale).status()).isEqualTo(409);
        assertThat(edit(editor, id, "en")).contains("Second change.").doesNotContain("A late change.");
        assertThat(server.get("/testland/en/news/saved-twice").body()).contains("Some text.");
    }

    private static long published(String title) {
        long article = draft(title);
        assertThat(send(editor, article, "en", Map.of(), "publish").status()).isEqualTo(303);
        return article;
    }

    /** The text of a language's tab in the editor. */
    private static String tab(Browser who, long id, String language) {
        Matcher tab = Pattern.compile("href=\"/admin/articles/" + id + "\\?lang=" + language + "\"[^>]*>([^<]*)<")
                .matcher(edit(who, id, "en"));
        assertThat(tab.find()).as("a tab for " + language).isTrue();
        return tab.group(1).trim();
    }

    private static String edit(Browser who, long id, String language) {
        return who.get("/admin/articles/" + id + "?lang=" + language).body();
    }
}
