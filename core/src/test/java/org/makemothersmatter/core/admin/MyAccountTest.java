package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Anyone signed in chooses, on "My account", their name, their language and the notices they get by e-mail, among
 * those that concern their role; the form is sent as the page gives it.
 */
class MyAccountTest extends TestlandTeam {

    private static final String FORM = "account-form";

    @Test
    void everyoneReachesTheirAccountFromTheMenu() {
        for (String email : new String[] {"admin@example.org", "editor@testland.org", "translator@testland.org"}) {
            Browser browser = server.signedIn(email, PASSWORD);
            Document dashboard = Jsoup.parse(browser.get("/admin").body());
            assertThat(dashboard.select("nav a[href=/admin/me]").text()).as(email).isEqualTo("My account");
            Document page = Jsoup.parse(browser.get("/admin/me").body());
            assertThat(page.select("h1").text()).isEqualTo("My account");
            assertThat(page.text()).contains(email);
        }
    }

    @Test
    void eachRoleIsOfferedTheNoticesThatConcernIt() {
        Document translator = Jsoup.parse(server.signedIn("translator@testland.org", PASSWORD).get("/admin/me").body());
        assertThat(translator.select("#" + FORM + " input[type=checkbox]").eachAttr("name"))
                .containsExactly("notify-translation-request");
        assertThat(translator.select("input[name=notify-translation-request]").hasAttr("checked"))
                .as("given unless refused").isTrue();
        Document editor = Jsoup.parse(server.signedIn("editor@testland.org", PASSWORD).get("/admin/me").body());
        assertThat(editor.select("#" + FORM + " input[type=checkbox]").eachAttr("name"))
                .containsExactlyInAnyOrder("notify-review", "notify-publication", "notify-form-answer");
        assertThat(editor.select("input[name=notify-form-answer]").hasAttr("checked")).as("asked for only").isFalse();
        assertThat(editor.select("input[name=notify-review]").hasAttr("checked")).isTrue();
    }

    @Test
    void nameLanguageAndNoticesAreSaved() {
        Browser editor = server.signedIn("editor@otherland.org", PASSWORD);
        TestServer.Page saved = HtmlForm.submit(editor, "/admin/me", FORM, Map.of("name", "  Otto Lenk ",
                "language", "fr", "notify-form-answer", "yes"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).startsWith("/admin/me?");
        Document page = Jsoup.parse(editor.get(saved.header("Location")).body());
        assertThat(page.select(".flash").text()).isEqualTo("Your account is saved.");
        assertThat(page.select("#name").val()).isEqualTo("Otto Lenk");
        assertThat(page.select(".sign-out span").text()).as("the frame shows the new name").startsWith("Otto Lenk");
        assertThat(page.select("#language option[selected]").val()).isEqualTo("fr");
        assertThat(page.select("#language option").eachAttr("value")).as("every language the back office speaks")
                .contains("", "en", "fr", "de", "ar");
        assertThat(page.select("input[name=notify-form-answer]").hasAttr("checked")).isTrue();
        assertThat(page.select("html").attr("lang")).as("the back office speaks the account's language, whatever "
                + "the browser asks").isEqualTo("fr");
        assertThat(page.select("h1").text()).isEqualTo("Mon compte");

        Map<String, String> none = HtmlForm.fields(editor.get("/admin/me").body(), FORM);
        none.keySet().removeIf(name -> name.startsWith("notify-"));
        none.put("language", "");
        assertThat(editor.post("/admin/me", none).status()).isEqualTo(303);
        page = Jsoup.parse(editor.get("/admin/me").body());
        assertThat(page.select("#language option[selected]").val()).as("the browser's").isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("#" + FORM + " input[type=checkbox][checked]")).as("every notice refused").isEmpty();
    }

    @Test
    void aFormThatCannotBeKeptIsShownAgainAsTyped() {
        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        TestServer.Page noName = HtmlForm.submit(translator, "/admin/me", FORM, Map.of("name", " ", "language", "fr"));
        assertThat(noName.status()).isEqualTo(422);
        Document page = Jsoup.parse(noName.body());
        assertThat(page.select(".flash.error").text()).isEqualTo("A name is needed.");
        assertThat(page.select("#language option[selected]").val()).as("as typed").isEqualTo("fr");

        Map<String, String> unwritten = HtmlForm.fields(translator.get("/admin/me").body(), FORM);
        unwritten.put("language", "ja");
        unwritten.put("name", "Tia Typed");
        unwritten.remove("notify-translation-request");
        TestServer.Page refused = translator.post("/admin/me", unwritten);
        assertThat(refused.status()).isEqualTo(422);
        page = Jsoup.parse(refused.body());
        assertThat(page.select(".flash.error").text()).isEqualTo("Choose a language from the list.");
        assertThat(page.select("#name").val()).isEqualTo("Tia Typed");
        assertThat(page.select("input[name=notify-translation-request]").hasAttr("checked")).as("as typed").isFalse();

        Document kept = Jsoup.parse(translator.get("/admin/me").body());
        assertThat(kept.select("#name").val()).as("nothing written").isEqualTo("Tia");
        assertThat(kept.select("input[name=notify-translation-request]").hasAttr("checked")).isTrue();
    }

    @Test
    void theFormNeedsItsToken() {
        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        Map<String, String> forged = new HashMap<>(HtmlForm.fields(translator.get("/admin/me").body(), FORM));
        forged.remove("_csrf");
        forged.put("name", "Forged");
        assertThat(translator.postRaw("/admin/me", forged).status()).isEqualTo(403);
        forged.put("_csrf", "not-the-token");
        assertThat(translator.postRaw("/admin/me", forged).status()).isEqualTo(403);
        assertThat(Jsoup.parse(translator.get("/admin/me").body()).select("#name").val()).isEqualTo("Tia");
    }
}
