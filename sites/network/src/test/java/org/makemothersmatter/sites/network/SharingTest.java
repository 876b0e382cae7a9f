package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.SchemaOrg;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/**
 * Every public page says what it is where it is shared (Open Graph, Twitter card) and to search engines
 * (schema.org's JSON-LD: the NGO, news articles, breadcrumbs), in types and properties schema.org has.
 */
class SharingTest extends NetworkSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageHasItsOpenGraphAndTwitterTagsAndValidStructuredData() throws Exception {
        for (String path : shipped.publicPages()) {
            Document page = Jsoup.parse(server.get(path).body());
            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            assertThat(meta(page, "og:url")).as(path).isEqualTo(canonical);
            assertThat(meta(page, "og:title")).as(path).isNotBlank();
            assertThat(meta(page, "og:description")).as(path)
                    .isEqualTo(page.selectFirst("meta[name=description]").attr("content"));
            assertThat(meta(page, "og:site_name")).as(path).isNotBlank();
            assertThat(meta(page, "og:type")).as(path).isEqualTo(path.contains("/news/") ? "article" : "website");
            assertThat(meta(page, "og:locale")).as(path).startsWith(page.selectFirst("html").attr("lang"));
            assertThat(page.select("meta[property=og:locale:alternate]")).as(path)
                    .hasSize(page.select("link[rel=alternate][hreflang]").size() - 2);
            assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).as(path)
                    .isEqualTo(page.selectFirst("meta[property=og:image]") != null ? "summary_large_image" : "summary");

            JsonNode data = structuredData(page);
            assertThat(SchemaOrg.problems(data)).as(path).isEmpty();
            JsonNode ngo = node(data, "NGO").orElseThrow(() -> new AssertionError(path + " names no NGO"));
            assertThat(ngo.path("foundingDate").asText()).isEqualTo("1947");
            assertThat(ngo.path("award").asText()).contains("ECOSOC");
            assertThat(ngo.path("url").asText()).startsWith("http");
        }
    }

    @Test
    void eachStoryIsANewsArticleWithItsTrail() throws Exception {
        for (Story story : shipped.news()) {
            Site site = story.site();
            for (Language language : site.languages()) {
                String path = story.path(language);
                Document page = Jsoup.parse(server.get(path).body());
                JsonNode data = structuredData(page);
                JsonNode article = node(data, "NewsArticle").orElseThrow(() -> new AssertionError(path));
                assertThat(article.path("headline").asText()).as(path).isEqualTo(story.title(language));
                assertThat(article.path("datePublished").asText()).as(path).isEqualTo(story.date(story.in(language)).toString());
                assertThat(article.path("inLanguage").asText()).as(path)
                        .isEqualTo(story.in(language).language().code());
                assertThat(article.path("publisher").path("@id").asText())
                        .isEqualTo(node(data, "NGO").orElseThrow().path("@id").asText());
                JsonNode trail = node(data, "BreadcrumbList").orElseThrow().path("itemListElement");
                assertThat(trail.get(trail.size() - 1).path("item").asText()).as(path)
                        .isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"));
                assertThat(trail.get(0).path("position").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void aTitleCannotCloseTheScriptOfTheStructuredData() throws Exception {
        Story story = shipped.news().get(0);
        Language language = story.site().defaultLanguage();
        String hostile = "Mothers </script><script>alert(1)</script> & <b>children</b>";
        String slug = ShippedContent.slug(story.in(language));
        Language written = story.in(language).language();
        server.instance(Jdbi.class).useHandle(handle -> handle.createUpdate(
                "UPDATE article_translation SET title = :title WHERE site = :site AND language = :language"
                        + " AND slug = :slug").bind("title", hostile).bind("site", story.site().code())
                .bind("language", written).bind("slug", slug).execute());
        server.instance(ContentEvents.class).changed(ContentChanged.on(story.site().code()));
        try {
            String html = server.get(story.path(language)).body();
            assertThat(html).doesNotContain("<script>alert(1)");
            Document page = Jsoup.parse(html);
            assertThat(page.select("script:not([src])")).hasSize(1);
            assertThat(node(structuredData(page), "NewsArticle").orElseThrow().path("headline").asText())
                    .isEqualTo(hostile);
        } finally {
            server.instance(Jdbi.class).useHandle(handle -> handle.createUpdate(
                    "UPDATE article_translation SET title = :title WHERE site = :site AND language = :language"
                            + " AND slug = :slug").bind("title", story.title(written))
                    .bind("site", story.site().code()).bind("language", written).bind("slug", slug).execute());
            server.instance(ContentEvents.class).changed(ContentChanged.on(story.site().code()));
        }
    }

    @Test
    void theVocabularyCheckFindsWhatSchemaOrgDoesNotHave() throws Exception {
        assertThat(SchemaOrg.problems(JSON.readTree("{\"@graph\": [{\"@type\": \"NGO\", \"foundedIn\": \"1947\"},"
                + " {\"@type\": \"Charity\", \"name\": \"x\"}, {\"@type\": \"NewsArticle\", \"headline\": \"x\"}]}")))
                .containsExactly("$.@graph[0]: schema.org's NGO has no property foundedIn",
                        "$.@graph[1]: schema.org has no type Charity");
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static JsonNode structuredData(Document page) throws Exception {
        List<Element> scripts = new ArrayList<>(page.select("script[type=application/ld+json]"));
        assertThat(scripts).hasSize(1);
        JsonNode data = JSON.readTree(scripts.get(0).data());
        assertThat(data.path("@context").asText()).isEqualTo("https://schema.org");
        return data;
    }

    private static Optional<JsonNode> node(JsonNode data, String type) {
        return StreamSupport.stream(data.path("@graph").spliterator(), false)
                .filter(node -> node.path("@type").asText().equals(type)).findFirst();
    }
}
