package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * While a text is typed, the edit page's script sends a copy of it every few seconds (here sent as the script sends
 * it): one copy per account, article and language, offered on the edit page when it is newer than the text saved, to
 * restore into the form or to discard, and deleted when the form is saved. The form itself is unchanged.
 */
class AutosaveTest extends TestlandTeam {

    @Test
    void aCopyNewerThanTheTextIsOfferedRestoredIntoTheFormAndGoneOnceSaved() {
        long id = Articles.create(editor, "Autosaved", "The saved text.");
        assertThat(autosave(editor, id, "en", "Typed, not yet saved.").status()).isEqualTo(204);
        assertThat(copies(id)).isEqualTo(1);
        assertThat(autosave(editor, id, "en", "Typed a little more.").status()).isEqualTo(204);
        assertThat(copies(id)).as("one copy, the latest").isEqualTo(1);

        Document page = Jsoup.parse(editor.get(Articles.edit(id)).body());
        assertThat(page.select(".autosave-offer a").text()).startsWith("Restore the autosaved copy from ");
        String restore = page.select(".autosave-offer a").attr("href");
        assertThat(restore).isEqualTo("/admin/articles/" + id + "?lang=en&autosave=restore");
        assertThat(page.select(".autosave-offer form button").text()).isEqualTo("Discard it");
        assertThat(page.select("#text-form textarea[name=body]").text()).as("the form holds the saved text")
                .isEqualTo("The saved text.");

        Document restored = Jsoup.parse(editor.get(restore).body());
        assertThat(restored.select("#text-form textarea[name=body]").text()).isEqualTo("Typed a little more.");
        assertThat(restored.select(".autosave-offer").text()).contains("The form below holds your autosaved copy");
        assertThat(restored.select(".autosave-offer a")).as("restored already").isEmpty();

        assertThat(HtmlForm.submit(editor, restore, "text-form", Map.of("then", "save")).status()).isEqualTo(303);
        Document saved = Jsoup.parse(editor.get(Articles.edit(id)).body());
        assertThat(saved.select("#text-form textarea[name=body]").text()).isEqualTo("Typed a little more.");
        assertThat(saved.select(".autosave-offer")).isEmpty();
        assertThat(copies(id)).as("saving the form deletes the copy").isZero();
    }

    @Test
    void aDiscardedCopyIsGoneAndTheTextAsItWas() {
        long id = Articles.create(editor, "Discarded", "Kept as saved.");
        assertThat(autosave(editor, id, "en", "Not wanted.").status()).isEqualTo(204);
        editor.get(Articles.edit(id));
        TestServer.Page discarded = editor.post("/admin/articles/" + id + "/autosave/en/discard", Map.of());
        assertThat(discarded.status()).isEqualTo(303);
        assertThat(discarded.header("Location")).startsWith("/admin/articles/" + id + "?lang=en&");
        assertThat(copies(id)).isZero();
        String page = editor.get(Articles.edit(id)).body();
        assertThat(page).contains("Kept as saved.").doesNotContain("autosave-offer", "Not wanted.");
    }

    @Test
    void aCopyOlderThanTheTextSavedOrSayingTheSameIsNotOffered() {
        long id = Articles.create(editor, "Saved by another", "First text.");
        assertThat(autosave(editor, id, "en", "My copy.").status()).isEqualTo(204);
        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        assertThat(Articles.send(admin, id, Map.of("body", "Their text."), "save").status()).isEqualTo(303);
        assertThat(editor.get(Articles.edit(id)).body()).as("the text was saved since the copy")
                .doesNotContain("autosave-offer");

        assertThat(autosave(editor, id, "en", "Their text.").status()).isEqualTo(204);
        assertThat(editor.get(Articles.edit(id)).body()).as("the copy says what the text says")
                .doesNotContain("autosave-offer");
    }

    @Test
    void eachAccountHasItsOwnCopyAndOnlyWhoMayWriteTheTextKeepsOne() {
        long id = Articles.create(editor, "Whose copy", "Text.");
        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        assertThat(autosave(translator, id, "fr", "Une traduction.").status()).isEqualTo(204);
        assertThat(editor.get("/admin/articles/" + id + "?lang=fr").body()).as("not the editor's copy")
                .doesNotContain("autosave-offer");
        assertThat(translator.get("/admin/articles/" + id + "?lang=fr").body()).contains("autosave-offer");

        assertThat(autosave(translator, id, "en", "Not theirs to write.").status()).isEqualTo(403);
        assertThat(Jsoup.parse(translator.get(Articles.edit(id)).body()).select("textarea[name=body]")
                .attr("data-autosave")).as("no copies of what the translator cannot write").isEmpty();
        assertThat(autosave(server.signedIn("editor@otherland.org", PASSWORD), id, "en", "Forged").status())
                .isEqualTo(403);
        assertThat(autosave(editor, id, "xx", "No such language").status()).isEqualTo(404);
        assertThat(autosave(editor, 999999, "en", "No such article").status()).isEqualTo(404);

        editor.get(Articles.edit(id));
        assertThat(editor.postRaw("/admin/articles/" + id + "/autosave/en", Map.of("body", "No token")).status())
                .isEqualTo(403);
        assertThat(copies(id)).isEqualTo(1);
    }

    @Test
    void theFormItselfIsAsBeforeAndTheScriptIsToldWhereToSendItsCopies() {
        long id = Articles.create(editor, "Plain form", "Text.");
        Document page = Jsoup.parse(editor.get(Articles.edit(id)).body());
        assertThat(page.select("#text-form textarea[name=body]").attr("data-autosave"))
                .isEqualTo("/admin/articles/" + id + "/autosave/en");
        assertThat(HtmlForm.fields(page.outerHtml(), "text-form")).containsKeys("_csrf", "version", "itemVersion",
                "title", "slug", "excerpt", "body");
        assertThat(Articles.send(editor, id, Map.of("body", "Saved without a script."), "save").status())
                .isEqualTo(303);
        assertThat(editor.get(Articles.edit(id)).body()).contains("Saved without a script.");
    }

    /** Sends a copy of the English form's fields with this text, as the edit page's script does. */
    private static TestServer.Page autosave(Browser who, long id, String language, String body) {
        String page = who.get("/admin/articles/" + id + "?lang=" + language).body();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> form = page.contains("id=\"text-form\"") ? HtmlForm.fields(page, "text-form") : Map.of();
        for (String name : new String[] {"title", "slug", "excerpt"}) {
            fields.put(name, form.getOrDefault(name, ""));
        }
        fields.put("body", body);
        return who.post("/admin/articles/" + id + "/autosave/" + language, fields);
    }

    private static long copies(long id) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM autosave WHERE kind = 'article' AND item_id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }
}
