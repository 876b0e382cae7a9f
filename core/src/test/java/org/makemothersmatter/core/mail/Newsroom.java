package org.makemothersmatter.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/** What the notifications' tests do in Testland's back office, each form sent as its page gives it. */
final class Newsroom {

    static final String PASSWORD = "a long and secret password";

    private Newsroom() {
    }

    /** A draft article of Testland, in English; returns its id. */
    static long draft(Browser editor, String title) {
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", "Some text."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/articles/(\\d+)"));
    }

    /** A published article of Testland, in English; returns its id. */
    static long published(Browser editor, String title) {
        long id = draft(editor, title);
        assertThat(send(editor, id, "en", Map.of(), "publish").status()).isEqualTo(303);
        return id;
    }

    /** The edit form of an article in a language, sent with what is typed and the button pressed. */
    static TestServer.Page send(Browser who, long id, String language, Map<String, String> typed, String button) {
        Map<String, String> form = new LinkedHashMap<>(typed);
        form.put("then", button);
        return HtmlForm.submit(who, "/admin/articles/" + id + "?lang=" + language, "text-form", form);
    }

    /** Someone's choices on their account's page, over what it shows: {@code typed} "notify-..." fields included. */
    static void choose(TestServer server, String email, Map<String, String> typed, String... refused) {
        Browser browser = server.signedIn(email, PASSWORD);
        Map<String, String> form = HtmlForm.fields(browser.get("/admin/me").body(), "account-form");
        form.putAll(typed);
        for (String notice : refused) {
            form.remove("notify-" + notice);
        }
        assertThat(browser.post("/admin/me", form).status()).as("choices of " + email).isEqualTo(303);
    }
}
