package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.content.ContentItem;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The back office's pages, on the real content, are valid HTML too; an association's editor publishes an article
 * in two languages and edits the association's static pages.
 */
class BackOfficePagesTest extends NetworkSiteTest {

    private static final String PASSWORD = "a long and secret password";

    @Test
    void anAssociationsEditorPublishesABilingualArticleThatVisitorsSee() throws Exception {
        Optional<Site> bilingual = shipped.national().stream().filter(s -> s.languages().size() > 1).findFirst();
        assumeTrue(bilingual.isPresent(), "no association publishes in two languages");
        Site site = bilingual.get();
        Language first = site.defaultLanguage();
        Language second = site.languages().get(1);
        Map<Language, String> titles = Map.of(first, "Consultation publique : les résultats",
                second, "Public consultation: the results");
        String email = "editor@" + site.code() + ".example";
        server.instance(Accounts.class).create(email, "Elise", Role.EDITOR, Set.of(site.code()), PASSWORD);
        Browser editor = server.browser();
        assertThat(editor.signIn(email, PASSWORD).status()).isEqualTo(303);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", server.browser().get("/admin/login").body());
        pages.put("dashboard", editor.get("/admin").body());
        pages.put("list", editor.get("/admin/articles?site=" + site.code()).body());
        pages.put("new", editor.get("/admin/articles/new?site=" + site.code()).body());

        TestServer.Page created = editor.post("/admin/articles", Map.of("site", site.code(), "section", "national",
                "language", first.code(), "title", titles.get(first), "excerpt", "",
                "body", "Les **résultats** de la consultation.", "network", "true"));
        String edit = created.header("Location").replaceAll("\\?.*", "");
        pages.put("edit", editor.get(edit + "?lang=" + second.code()).body());
        editor.post(edit + "/text/" + second.code(), Map.of("version", "0", "title", titles.get(second),
                "slug", "", "excerpt", "", "body", "The **results** of the consultation."));
        String article = editor.get(edit).body();
        String version = article.replaceAll("(?s).*?name=\"itemVersion\" value=\"(\\d+)\".*", "$1");
        assertThat(editor.post(edit + "/publish", Map.of("version", version)).status()).isEqualTo(303);
        pages.put("revisions", editor.get(edit + "/revisions").body());
        Browser admin = server.browser();
        server.instance(Accounts.class).create("admin@mmm.example", "Ada", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        admin.signIn("admin@mmm.example", PASSWORD);
        // Shared with the network's news by consent: the network's administrator accepts the association's proposal.
        pages.put("proposals", admin.get("/admin/proposals").body());
        assertThat(admin.post(edit.replace("/admin/articles/", "/admin/proposals/") + "/accept", Map.of()).status())
                .isEqualTo(303);
        pages.put("audit", admin.get("/admin/audit").body());
        pages.put("accounts", admin.get("/admin/accounts").body());

        assertThat(text(site.url(first, "/news/" + Slugs.of(titles.get(first)))))
                .contains("<h1>" + titles.get(first) + "</h1>", "<strong>résultats</strong>");
        assertThat(text(site.url(second, "/news/" + Slugs.of(titles.get(second)))))
                .contains("<h1>" + titles.get(second) + "</h1>");
        for (Language language : shipped.network().languages()) {
            assertThat(text(shipped.network().url(language, "/news"))).as("shared with the network news")
                    .contains(titles.getOrDefault(language, titles.get(first)));
        }
        assertThat(text(site.url(first, ""))).contains(titles.get(first));

        long network = server.instance(Jdbi.class).withHandle(handle -> handle.createQuery(
                "SELECT MIN(id) FROM article WHERE site = :site").bind("site", shipped.network().code())
                .mapTo(Long.class).one());
        for (String path : List.of("/admin/articles/" + network, "/admin/articles/" + network + "/revisions")) {
            assertThat(editor.get(path).status()).as("a network article is not the association's: " + path)
                    .isEqualTo(403);
        }
        assertThat(HtmlValidator.errors(pages)).isEmpty();
    }

    @Test
    void anAssociationsEditorTranslatesAndRevisesTheAssociationsPages() throws Exception {
        Optional<Untranslated> untranslated = shipped.national().stream().flatMap(site -> shipped.pages(site).stream()
                .flatMap(page -> site.languages().stream()
                        .filter(language -> page.files().stream().noneMatch(f -> f.language().equals(language)))
                        .map(language -> new Untranslated(site, page, language)))).findFirst();
        assumeTrue(untranslated.isPresent(), "no association ships a page lacking one of its languages");
        Site site = untranslated.get().site();
        Language missing = untranslated.get().language();
        ContentFile original = ShippedContent.shown(site, untranslated.get().page(), site.defaultLanguage());
        Language written = original.language();
        String email = "pages@" + site.code() + ".example";
        server.instance(Accounts.class).create(email, "Paul", Role.EDITOR, Set.of(site.code()), PASSWORD);
        server.instance(Accounts.class).create("pages-admin@mmm.example", "Nina", Role.NETWORK_ADMIN, Set.of(),
                PASSWORD);
        Browser editor = server.browser();
        assertThat(editor.signIn(email, PASSWORD).status()).isEqualTo(303);
        Map<String, String> pages = new LinkedHashMap<>();
        String list = editor.get("/admin/pages?site=" + site.code()).body();
        pages.put("pages", list);
        pages.put("pages-missing-" + missing.code(),
                editor.get("/admin/pages?site=" + site.code() + "&missing=" + missing.code()).body());
        String page = "/admin/pages/" + Listing.unescaped(list).replaceAll("(?s).*href=\"/admin/pages/(\\d+)\" lang=\""
                + written.code() + "\">" + Pattern.quote(original.required("title")) + "<.*", "$1");

        pages.put("page-translate", editor.get(page + "?lang=" + missing.code()).body());
        String translation = "Statutes of " + site.name();
        assertThat(editor.post(page + "/text/" + missing.code(), Map.of("version", "0", "title", translation,
                "slug", "", "body", site.name() + " was **founded** in March 2015.", "then", "publish")).status())
                .isEqualTo(303);
        String current = editor.get(page + "?lang=" + written.code()).body();
        String textVersion = current.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        String revised = "Nos statuts révisés";
        assertThat(editor.post(page + "/text/" + written.code(), Map.of("version", textVersion, "title", revised,
                "slug", "statuts-revises", "body", "L’association a été **créée** en mars 2015.", "then", "publish"))
                .status())
                .isEqualTo(303);
        pages.put("page-edit", editor.get(page + "?lang=" + missing.code() + "&beside=" + written.code()).body());
        pages.put("page-conflict", editor.post(page + "/text/" + written.code(), Map.of("version", textVersion,
                "title", "Statuts", "slug", "", "body", "Un texte périmé.")).body());
        pages.put("page-revisions", editor.get(page + "/revisions").body());
        pages.put("page-preview", editor.get(page + "/preview/" + missing.code()).body());

        String address = site.url(written, "/pages/statuts-revises");
        assertThat(text(address)).contains("<h1>" + revised + "</h1>", "<strong>créée</strong>");
        assertThat(server.get(site.url(written, "/pages/" + ShippedContent.slug(original))).header("Location"))
                .as("the old address").isEqualTo(address);
        assertThat(text(site.url(missing, "/pages/" + Slugs.of(translation))))
                .contains("<h1>" + translation + "</h1>");

        pages.put("page-new", editor.get("/admin/pages/new?site=" + site.code()).body());
        String draftTitle = "Draft page of the back office test";
        TestServer.Page created = editor.post("/admin/pages", Map.of("site", site.code(),
                "language", site.defaultLanguage().code(), "title", draftTitle, "body", "Rejoignez-nous."));
        String draft = created.header("Location").replaceAll("\\?.*", "");
        pages.put("page-draft", editor.get(draft).body());
        assertThat(server.get(site.url(site.defaultLanguage(), "/pages/" + Slugs.of(draftTitle))).status())
                .as("a draft").isEqualTo(404);
        String version = editor.get(draft).body().replaceAll("(?s).*?name=\"itemVersion\" value=\"(\\d+)\".*", "$1");
        assertThat(editor.post(draft + "/trash", Map.of("version", version)).status()).isEqualTo(303);
        pages.put("page-trashed", editor.get(draft).body());
        pages.put("pages-trash", editor.get("/admin/pages?status=trashed").body());

        Site network = shipped.network();
        Browser admin = server.browser();
        admin.signIn("pages-admin@mmm.example", PASSWORD);
        String networkPages = admin.get("/admin/pages?site=" + network.code()).body();
        String networkPage = "/admin/pages/" + networkPages.replaceAll("(?s).*href=\"/admin/pages/(\\d+)\" lang=\""
                + network.defaultLanguage().code() + "\">[^<]*</a></td><td data-label=\"Site\">" + Pattern.quote(network.name())
                + "</td>.*", "$1");
        String kept = admin.get(networkPage).body();
        assertThat(kept).contains("it stays published").doesNotContain("value=\"trash\"");
        pages.put("page-kept", kept);
        for (String path : List.of(networkPage, networkPage + "/revisions")) {
            assertThat(editor.get(path).status()).as("a network page is not the association's: " + path)
                    .isEqualTo(403);
        }
        assertThat(HtmlValidator.errors(pages)).isEmpty();
    }

    /** A static page an association ships without one of the site's languages. */
    private record Untranslated(Site site, ContentItem page, Language language) {
    }
}
