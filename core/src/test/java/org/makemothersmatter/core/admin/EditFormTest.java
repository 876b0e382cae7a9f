package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The edit page is one form: whatever button is pressed, what it shows is saved first, and a form that cannot be
 * taken is shown again as typed with nothing of it written. Each form is sent as the page gives it, with what an
 * editor types over it and the button pressed.
 */
class EditFormTest extends TestlandTeam {

    @Test
    void aTitleChangedThenPublishedIsPublishedAsTyped() {
        long id = draft("A first title");
        TestServer.Page published = send(id, Map.of("title", "The title as typed"), "publish");
        assertThat(published.status()).isEqualTo(303);
        assertThat(published.header("Location")).contains("Saved+and+published");
        assertThat(server.get("/testland/en/news/a-first-title").body()).as("at the address the form kept")
                .contains("<h1>The title as typed</h1>");
    }

    @Test
    void settingsTypedBesideAnUnchangedTextAreSavedWithoutANewRevision() {
        long id = draft("Settings alone");
        int revisions = revisions(id);
        assertThat(send(id, Map.of("date", "2024-05-30"), "save").status()).isEqualTo(303);
        assertThat(edit(id)).contains("value=\"2024-05-30\"");
        assertThat(revisions(id)).as("the text did not change").isEqualTo(revisions);
    }

    @Test
    void aBadValueRefusesTheWholeFormAndShowsItAsTypedWithNothingWritten() {
        long id = draft("Kept as it was");
        TestServer.Page refused = send(id, Map.of("title", "Typed but refused", "at", "2020-01-01T09:00"),
                "schedule");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("A scheduled time must be in the future", "value=\"Typed but refused\"");
        assertThat(edit(id)).contains("value=\"Kept as it was\"").doesNotContain("Typed but refused");

        TestServer.Page badDate = send(id, Map.of("title", "Typed again", "date", "yesterday"), "publish");
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.body()).contains("The date must be a day", "value=\"Typed again\"", "value=\"yesterday\"");
        assertThat(edit(id)).contains("<span class=\"status\">draft</span>").doesNotContain("Typed again");
    }

    @Test
    void aFormReadBeforeSomeoneElsesChangeIsRefusedAndKeepsTheTextTyped() {
        long id = draft("Changed meanwhile");
        Map<String, String> stale = HtmlForm.fields(edit(id), "text-form");
        assertThat(send(id, Map.of("date", "2023-03-03"), "save").status()).isEqualTo(303);
        Map<String, String> late = new LinkedHashMap<>(stale);
        late.put("body", "My late text.");
        late.put("then", "publish");
        TestServer.Page conflict = editor.post("/admin/articles/" + id + "/text/en", late);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else changed this article", "My late text.");
        assertThat(edit(id)).contains("<span class=\"status\">draft</span>").doesNotContain("My late text.");
    }

    @Test
    void anAddressTakenByAnotherArticleIsReportedNotChanged() {
        draft("Address owner");
        long id = draft("Wants the address");
        TestServer.Page refused = send(id, Map.of("slug", "address-owner"), "save");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("The address address-owner is already another article");
        assertThat(edit(id)).contains("value=\"wants-the-address\"");
    }

    @Test
    void aTextSentWithABrowsersLineEndingsIsStoredAsTypedAndSendingItAgainChangesNothing() {
        long id = draft("Line endings");
        assertThat(send(id, Map.of("body", "First line.\r\nSecond line.\r\n"), "save").status()).isEqualTo(303);
        int revisions = revisions(id);
        assertThat(send(id, Map.of("body", "First line.\r\nSecond line.\r\n"), "save").status()).isEqualTo(303);
        assertThat(revisions(id)).isEqualTo(revisions);
        assertThat(edit(id)).contains("First line.\nSecond line.\n").doesNotContain("\r");
    }

    @Test
    void anAssociationsNewArticleFormOffersItsSectionAndItsDefaultsCanBeSaved() {
        Map<String, String> form = HtmlForm.fields(editor.get("/admin/articles/new").body(), "new-article");
        assertThat(form).containsEntry("section", "national");
        form.put("title", "Saved on the first try");
        TestServer.Page created = editor.post("/admin/articles", form);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
    }

    @Test
    void anUnknownButtonIsABadRequestAndChangesNothing() {
        long id = draft("No such button");
        assertThat(send(id, Map.of("title", "Never saved"), "explode").status()).isEqualTo(400);
        assertThat(edit(id)).doesNotContain("Never saved");
    }

    /** The edit form of the article's English text, as the page gives it, with these fields typed over. */
    private static TestServer.Page send(long id, Map<String, String> typed, String button) {
        Map<String, String> form = HtmlForm.fields(edit(id), "text-form");
        form.putAll(typed);
        form.put("then", button);
        return editor.post("/admin/articles/" + id + "/text/en", form);
    }

    private static String edit(long id) {
        return editor.get("/admin/articles/" + id + "?lang=en").body();
    }

    private static int revisions(long id) {
        var account = server.instance(Accounts.class).all().stream()
                .filter(a -> a.email().equals("editor@testland.org")).findFirst().orElseThrow();
        return server.instance(ArticleEditor.class).revisions(account, id).size();
    }
}
