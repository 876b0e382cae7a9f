package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/** The first page of the back office shows each account what waits for it on its own sites, linked to its work. */
class DashboardTest {

    private static final String PASSWORD = "a long and secret password";
    private static TestServer server;
    private static Browser editor;
    private static Browser translator;
    private static Browser otherEditor;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
        editor = server.signedIn("editor@testland.org", PASSWORD);
        translator = server.signedIn("translator@testland.org", PASSWORD);
        otherEditor = server.signedIn("editor@otherland.org", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDraftIsListedWithWhoSavedItAndOnlyForItsSite() {
        String title = unique() + " draft";
        long id = create(title);
        assertThat(section(editor, "Drafts")).contains("href=\"/admin/articles/" + id + "?lang=en\"", title,
                "saved by Ed");
        assertThat(section(editor, "Recent activity")).contains("Ed: article.create");
        assertThat(otherEditor.get("/admin").body()).doesNotContain(title);
    }

    @Test
    void aTranslationSubmittedForReviewWaitsForTheEditor() {
        long id = create(unique() + " to translate");
        send(editor, id, "en", Map.of(), "publish");
        assertThat(section(editor, "Translations missing")).as("the site's second language lacks it")
                .contains("missing=");
        String french = unique() + " traduit";
        send(translator, id, "fr", Map.of("title", french, "body", "Un texte."), "review");
        assertThat(section(editor, "Waiting for review")).contains("href=\"/admin/articles/" + id + "?lang=fr\"",
                french, "submitted by Tia");
    }

    @Test
    void aScheduledArticleIsListedWithItsTime() {
        long id = create(unique() + " scheduled");
        send(editor, id, "en", Map.of("at", "2099-01-01T09:00"), "schedule");
        assertThat(section(editor, "Scheduled")).contains("href=\"/admin/articles/" + id + "?lang=en\"",
                "goes public 1 Jan 2099 09:00");
    }

    /** The part of the first page under a heading. */
    private static String section(Browser who, String heading) {
        String page = who.get("/admin").body();
        int start = page.indexOf("<h2>" + heading + "</h2>");
        assertThat(start).as("a section " + heading).isNotNegative();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private static long create(String title) {
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", "Some text."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        Matcher id = Pattern.compile("/admin/articles/(\\d+)").matcher(created.header("Location"));
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static void send(Browser who, long id, String language, Map<String, String> typed, String button) {
        var form = new LinkedHashMap<>(typed);
        form.put("then", button);
        TestServer.Page sent = HtmlForm.submit(who, "/admin/articles/" + id + "?lang=" + language, "text-form", form);
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
    }

    private static String unique() {
        return "w" + UUID.randomUUID().toString().substring(0, 8);
    }
}
