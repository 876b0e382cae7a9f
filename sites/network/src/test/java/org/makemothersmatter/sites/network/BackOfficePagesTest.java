package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.TestServer;

/** The back office's pages, on the real content, are valid HTML too, and a Belgian editor publishes in two languages. */
class BackOfficePagesTest extends NetworkSiteTest {

    private static final String PASSWORD = "a long and secret password";

    @Test
    void aBelgianEditorPublishesABilingualArticleThatVisitorsSee() throws Exception {
        server.instance(Accounts.class).create("editor@mmm-belgium.example", "Elise", Role.EDITOR, Set.of("belgium"),
                PASSWORD);
        Browser editor = server.browser();
        assertThat(editor.signIn("editor@mmm-belgium.example", PASSWORD).status()).isEqualTo(303);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", server.browser().get("/admin/login").body());
        pages.put("dashboard", editor.get("/admin").body());
        pages.put("list", editor.get("/admin/articles?site=belgium").body());
        pages.put("new", editor.get("/admin/articles/new?site=belgium").body());

        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "belgium", "section", "national",
                "language", "fr", "title", "Consultation publique : les résultats", "excerpt", "",
                "body", "Les **résultats** de la consultation.", "network", "true"));
        String edit = created.header("Location").replaceAll("\\?.*", "");
        pages.put("edit", editor.get(edit + "?lang=en").body());
        editor.post(edit + "/text/en", Map.of("version", "0", "title", "Public consultation: the results",
                "slug", "", "excerpt", "", "body", "The **results** of the consultation."));
        String article = editor.get(edit).body();
        String version = article.replaceAll("(?s).*?name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(editor.post(edit + "/publish", Map.of("version", version)).status()).isEqualTo(303);
        pages.put("revisions", editor.get(edit + "/revisions").body());
        Browser admin = server.browser();
        server.instance(Accounts.class).create("admin@mmm.example", "Ada", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        admin.signIn("admin@mmm.example", PASSWORD);
        pages.put("audit", admin.get("/admin/audit").body());
        pages.put("accounts", admin.get("/admin/accounts").body());

        assertThat(server.get("/belgium/fr/news/consultation-publique-les-resultats").body())
                .contains("<h1>Consultation publique : les résultats</h1>", "<strong>résultats</strong>");
        assertThat(server.get("/belgium/en/news/public-consultation-the-results").body())
                .contains("<h1>Public consultation: the results</h1>");
        assertThat(server.get("/en/news").body()).as("shared with the network news")
                .contains("Public consultation: the results");
        assertThat(server.get("/belgium/fr/").body()).contains("Consultation publique : les résultats");

        for (String path : List.of("/admin/articles/1", "/admin/articles/1/revisions")) {
            assertThat(editor.get(path).status()).as("a network article is not Belgium's: " + path).isEqualTo(403);
        }
        assertThat(HtmlValidator.errors(pages)).isEmpty();
    }
}
