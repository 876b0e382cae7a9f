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

/**
 * The back office's pages, on the real content, are valid HTML too; a Belgian editor publishes an article in
 * two languages and edits the association's static pages.
 */
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

    @Test
    void aBelgianEditorTranslatesAndRevisesTheAssociationsPages() throws Exception {
        server.instance(Accounts.class).create("pages@mmm-belgium.example", "Paul", Role.EDITOR, Set.of("belgium"),
                PASSWORD);
        server.instance(Accounts.class).create("pages-admin@mmm.example", "Nina", Role.NETWORK_ADMIN, Set.of(),
                PASSWORD);
        Browser editor = server.browser();
        assertThat(editor.signIn("pages@mmm-belgium.example", PASSWORD).status()).isEqualTo(303);
        Map<String, String> pages = new LinkedHashMap<>();
        String list = editor.get("/admin/pages?site=belgium").body();
        pages.put("pages", list);
        pages.put("pages-missing-en", editor.get("/admin/pages?site=belgium&missing=en").body());
        String statutes = "/admin/pages/" + list.replaceAll(
                "(?s).*href=\"/admin/pages/(\\d+)\" lang=\"fr\">Statuts de MMM Belgium<.*", "$1");

        pages.put("page-translate", editor.get(statutes + "?lang=en").body());
        assertThat(editor.post(statutes + "/text/en", Map.of("version", "0", "title", "Statutes of MMM Belgium",
                "slug", "", "body", "MMM Belgium was **founded** in March 2015.")).status()).isEqualTo(303);
        String french = editor.get(statutes + "?lang=fr").body();
        String textVersion = french.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(editor.post(statutes + "/text/fr", Map.of("version", textVersion, "title", "Nos statuts",
                "slug", "statuts", "body", "L’association a été **créée** en mars 2015.")).status()).isEqualTo(303);
        pages.put("page-edit", editor.get(statutes + "?lang=en&beside=fr").body());
        pages.put("page-conflict", editor.post(statutes + "/text/fr", Map.of("version", textVersion,
                "title", "Statuts", "slug", "", "body", "Un texte périmé.")).body());
        pages.put("page-revisions", editor.get(statutes + "/revisions").body());
        pages.put("page-preview", editor.get(statutes + "/preview/en").body());

        assertThat(server.get("/belgium/fr/pages/statuts").body()).contains("<h1>Nos statuts</h1>",
                "<strong>créée</strong>");
        assertThat(server.get("/belgium/fr/pages/statuts-de-mmm-belgium").header("Location"))
                .as("the old address").isEqualTo("/belgium/fr/pages/statuts");
        assertThat(server.get("/belgium/en/pages/statutes-of-mmm-belgium").body())
                .contains("<h1>Statutes of MMM Belgium</h1>");

        pages.put("page-new", editor.get("/admin/pages/new?site=belgium").body());
        TestServer.Page created = editor.post("/admin/pages", Map.of("site", "belgium", "language", "fr",
                "title", "Devenir bénévole", "body", "Rejoignez-nous."));
        String draft = created.header("Location").replaceAll("\\?.*", "");
        pages.put("page-draft", editor.get(draft).body());
        assertThat(server.get("/belgium/fr/pages/devenir-benevole").status()).as("a draft").isEqualTo(404);
        String version = editor.get(draft).body().replaceAll("(?s).*?name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(editor.post(draft + "/trash", Map.of("version", version)).status()).isEqualTo(303);
        pages.put("page-trashed", editor.get(draft).body());
        pages.put("pages-trash", editor.get("/admin/pages?status=trashed").body());

        Browser admin = server.browser();
        admin.signIn("pages-admin@mmm.example", PASSWORD);
        String network = admin.get("/admin/pages?site=network").body();
        String networkPage = "/admin/pages/" + network.replaceAll(
                "(?s).*href=\"/admin/pages/(\\d+)\" lang=\"en\">[^<]*</a></td><td>network</td>.*", "$1");
        String kept = admin.get(networkPage).body();
        assertThat(kept).contains("it stays published").doesNotContain("/trash\"");
        pages.put("page-kept", kept);
        for (String path : List.of(networkPage, networkPage + "/revisions")) {
            assertThat(editor.get(path).status()).as("a network page is not Belgium's: " + path).isEqualTo(403);
        }
        assertThat(HtmlValidator.errors(pages)).isEmpty();
    }
}
