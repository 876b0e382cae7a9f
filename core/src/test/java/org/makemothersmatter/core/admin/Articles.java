package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestServer;

/** Testland's articles as an editor writes them in the back office, through its forms. */
final class Articles {

    private Articles() {
    }

    /** Starts a national article in English with this title and text; returns its id. */
    static long create(Browser editor, String title, String body) {
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", body));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        Matcher id = Pattern.compile("/admin/articles/(\\d+)").matcher(created.header("Location"));
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Sends the English edit form as the page gives it, with what is typed over it and the button pressed. */
    static TestServer.Page send(Browser editor, long id, Map<String, String> typed, String button) {
        return TestlandTeam.send(editor, id, "en", typed, button);
    }

    /** The address of the English edit page. */
    static String edit(long id) {
        return "/admin/articles/" + id + "?lang=en";
    }
}
