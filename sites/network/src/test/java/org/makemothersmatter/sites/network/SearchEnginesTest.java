package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.TestServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What search engines read: robots.txt, and sitemaps that list every public page with its other languages. */
class SearchEnginesTest extends NetworkSiteTest {

    private static final String ORIGIN = "http://localhost";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @Test
    void robotsTxtLetsThePublicSiteBeCrawledButNotTheBackOfficeNorSearchResults() {
        TestServer.Page robots = server.get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).isEqualTo("text/plain;charset=utf-8");
        assertThat(robots.body().lines()).contains("User-agent: *", "Allow: /", "Disallow: /admin",
                "Disallow: /*/search$", "Disallow: /*/search?", "Sitemap: " + ORIGIN + "/sitemap.xml");
    }

    @Test
    void theSitemapsListEveryPublicPageWithItsOtherLanguagesAndTheyAnswer() throws Exception {
        Document index = xml("/sitemap.xml");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> parts = texts(index.getDocumentElement(), "loc");
        for (Site site : shipped.sites()) {
            assertThat(parts).as(site.code()).contains(ORIGIN + "/sitemaps/" + site.code() + "-1.xml");
        }
        Map<String, Element> urls = new LinkedHashMap<>();
        for (String part : parts) {
            Document sitemap = xml(part.substring(ORIGIN.length()));
            NodeList entries = sitemap.getElementsByTagNameNS(SITEMAP_NS, "url");
            assertThat(entries.getLength()).isBetween(1, 50_000);
            for (int i = 0; i < entries.getLength(); i++) {
                Element url = (Element) entries.item(i);
                assertThat(urls.put(texts(url, "loc").get(0), url)).as("listed once").isNull();
            }
        }
        assertThat(urls.keySet()).containsAll(shipped.publicPages().stream().map(path -> ORIGIN + path).toList());
        for (Site site : shipped.sites()) {
            List<String> languages = site.languages().stream().map(Language::code).collect(Collectors.toList());
            for (String path : shipped.publicPages(site)) {
                Element url = urls.get(ORIGIN + path);
                if (languages.size() > 1) {
                    List<String> hreflangs = new ArrayList<>();
                    NodeList links = url.getElementsByTagNameNS(XHTML_NS, "link");
                    for (int i = 0; i < links.getLength(); i++) {
                        hreflangs.add(((Element) links.item(i)).getAttribute("hreflang"));
                    }
                    assertThat(hreflangs).as(path).containsAll(languages).contains("x-default");
                }
            }
        }
        for (String path : shipped.news().stream().map(story -> story.path(story.site().defaultLanguage())).toList()) {
            assertThat(texts(urls.get(ORIGIN + path), "lastmod")).as(path).singleElement()
                    .matches(day -> day.matches("\\d{4}-\\d{2}-\\d{2}"));
        }
        // A sample of the addresses, every seventh, answers as a page.
        List<String> all = new ArrayList<>(urls.keySet());
        for (int i = 0; i < all.size(); i += 7) {
            assertThat(server.get(all.get(i).substring(ORIGIN.length())).status()).as(all.get(i)).isEqualTo(200);
        }
    }

    @Test
    void aSitemapBeyondTheLastPartOrOfNoSiteIsNotFound() {
        assertThat(server.get("/sitemaps/" + shipped.network().code() + "-99.xml").status()).isEqualTo(404);
        assertThat(server.get("/sitemaps/no-such-site-1.xml").status()).isEqualTo(404);
        assertThat(server.get("/sitemaps/robots.txt").status()).isEqualTo(404);
    }

    private static Document xml(String path) throws Exception {
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.header("Content-Type")).as(path).isEqualTo("application/xml;charset=utf-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(SITEMAP_NS, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
