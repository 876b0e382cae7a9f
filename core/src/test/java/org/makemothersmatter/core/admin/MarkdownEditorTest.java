package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The edit page links the Markdown editor's files, served from its WebJar at addresses that carry its version and kept
 * for a year; the text's field stays a plain field of the form, which works without them; the preview is the site's
 * own rendering of the text.
 */
class MarkdownEditorTest extends TestlandTeam {

    @Test
    void theEditPageLinksTheEditorsFilesServedFromItsWebJarAndKeptForAYear() {
        long id = Articles.create(editor, "Written with a toolbar", "Some *text*.");
        Document page = Jsoup.parse(editor.get(Articles.edit(id)).body());
        List<String> editorFiles = page.select("link[href*=webjars], script[src*=webjars]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();
        assertThat(editorFiles).hasSize(2).allMatch(f -> f.matches("/assets/webjars/easymde/[0-9.]+/dist/easymde\\.min\\.(css|js)"));
        for (String file : editorFiles) {
            TestServer.Page served = server.get(file, "Accept-Encoding", "gzip");
            assertThat(served.status()).as(file).isEqualTo(200);
            assertThat(served.header("Cache-Control")).as(file).isEqualTo("public, max-age=31536000, immutable");
            assertThat(served.header("Content-Type")).as(file).startsWith(file.endsWith(".js") ? "text/javascript" : "text/css");
            assertThat(served.header("Content-Encoding")).as(file).isEqualTo("gzip");
            assertThat(server.get(file, "Accept-Encoding", "gzip", "If-None-Match", served.header("ETag")).status())
                    .as(file).isEqualTo(304);
        }
        // The editor's script runs after its library, deferred: the page is usable before either comes.
        assertThat(page.select("script[src]").eachAttr("src")).last().asString().contains("/assets/core/admin.");
        assertThat(page.select("script[src]")).allMatch(script -> script.hasAttr("defer"));
        assertThat(page.select("script:not([src])")).as("no inline script: the security policy forbids it").isEmpty();
        assertThat(page.select("#text-form textarea[name=body][data-markdown-editor]")).hasSize(1);

        assertThat(editor.get("/admin/articles").body()).as("only the edit pages load the editor")
                .doesNotContain("easymde");
    }

    @Test
    void onlyTheEditorsBuiltFilesOfItsWebJarAreServed() {
        String dist = Jsoup.parse(editor.get(Articles.edit(Articles.create(editor, "Files", "Text."))).body())
                .select("script[src*=webjars]").attr("src").replaceAll("easymde\\.min\\.js$", "");
        String webJar = dist.replaceAll("dist/$", "");
        for (String path : List.of(webJar + "src/js/easymde.js", webJar + "package.json", webJar + "README.md",
                dist + "../../../axe-core/4.6.3/axe.min.js", "/assets/webjars/axe-core/4.6.3/axe.min.js",
                dist + "easymde.min.map")) {
            assertThat(server.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void thePreviewIsTheSitesOwnSanitizedRendering() {
        editor.get(Articles.edit(Articles.create(editor, "Previewed", "Text.")));
        TestServer.Page preview = editor.post("/admin/markdown", Map.of("body",
                "# A title\n\nSome **bold** text.<script>alert(1)</script>\n\n![A mother](/media/1/800)"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).startsWith("text/html");
        assertThat(preview.body()).contains("<h2>A title</h2>", "<strong>bold</strong>",
                "<img src=\"/media/1/800\" alt=\"A mother\"").doesNotContain("<script");
        assertThat(editor.postRaw("/admin/markdown", Map.of("body", "Forged")).status()).as("no CSRF token")
                .isEqualTo(403);
        assertThat(server.browser().postRaw("/admin/markdown", Map.of("body", "Anonymous")).status())
                .as("signed out").isIn(303, 403);
    }
}
