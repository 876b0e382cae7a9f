package org.makemothersmatter.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A subsite is reached by its path prefix on the network's address and at / of its own host names; links
 * keep the visitor on the address they came by, and canonical links go where the settings say.
 */
class HostNamesTest {

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(NetworkSettings.parse("test settings", new StringReader("""
                testland.hosts = testland.example.org, www.testland.example
                testland.canonical-url = https://testland.example.org
                otherland.hosts = otherland.example.org
                """)), TestSites.module());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aHostNameServesItsSubsiteAtTheRootInTheVisitorsLanguage() {
        TestServer.Page root = server.get("/", "Host", "testland.example.org", "Accept-Language", "fr-BE,fr;q=0.9");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).isEqualTo("/fr/");
        assertThat(server.get("/", "Host", "www.testland.example").header("Location")).isEqualTo("/en/");
        assertThat(server.get("/", "Host", "otherland.example.org").header("Location")).isEqualTo("/fr/");
        assertThat(server.get("/").header("Location")).as("the network's own address").isEqualTo("/en/");
    }

    @Test
    void linksWithinTheSubsiteStayOnTheHostAndLinksElsewhereAreAbsolute() {
        TestServer.Page news = server.get("/en/news", "Host", "TestLand.example.org:8443");
        assertThat(news.status()).isEqualTo(200);
        assertThat(news.body())
                .contains("<h1>Testland news</h1>", "Hello from Testland")
                .contains("<a href=\"/en/\">MMM Testland</a>", "href=\"/en/news\" aria-current=\"page\"")
                .contains("href=\"/fr/news\" hreflang=\"fr\"", "href=\"http://localhost/en/\"")
                .contains("<link rel=\"canonical\" href=\"https://testland.example.org/en/news\">")
                .contains("hreflang=\"fr\" href=\"https://testland.example.org/fr/news\"")
                .doesNotContain("href=\"/testland/");
        String article = news.body().replaceAll("(?s).*<a href=\"(/en/news/[^\"]+)\".*", "$1");
        assertThat(server.get(article, "Host", "testland.example.org").status()).as(article).isEqualTo(200);
    }

    @Test
    void thePrefixStillServesTheSubsiteWithTheSameCanonicalAddress() {
        TestServer.Page news = server.get("/testland/en/news");
        assertThat(news.status()).isEqualTo(200);
        assertThat(news.body()).contains("<a href=\"/testland/en/\">MMM Testland</a>", "href=\"/testland/fr/news\"")
                .contains("<link rel=\"canonical\" href=\"https://testland.example.org/en/news\">");
        TestServer.Page other = server.get("/otherland/fr/");
        assertThat(other.body()).as("no canonical address set: the network's address and the prefix")
                .contains("<link rel=\"canonical\" href=\"http://localhost/otherland/fr/\">");
        assertThat(server.get("/fr/", "Host", "otherland.example.org").body())
                .contains("<a href=\"/fr/\">MMM Otherland</a>", "<link rel=\"canonical\" href=\"http://localhost/otherland/fr/\">");
    }

    @Test
    void theNetworkLinksToASubsiteAtItsCanonicalAddress() {
        assertThat(server.get("/en/national-mmm").body()).contains("href=\"https://testland.example.org/en/\"");
        assertThat(server.get("/en/news", "Host", "elsewhere.example.net").body()).as("an unknown host: the network")
                .contains("<html lang=\"en\"", "href=\"/en/news\" aria-current=\"page\"");
    }

    @Test
    void whatEverySiteSharesKeepsItsAddressOnEveryHost() {
        assertThat(server.get("/assets/core/site.css", "Host", "testland.example.org").status()).isEqualTo(200);
        assertThat(server.get("/admin/login", "Host", "testland.example.org").body()).contains("<form");
    }

    @Test
    void anUnknownPageOnTheHostIsTheSubsitesOwn404() {
        TestServer.Page missing = server.get("/fr/nowhere", "Host", "testland.example.org");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"fr\"", "<a href=\"/fr/\">MMM Testland</a>");
        assertThat(server.get("/testland/en/", "Host", "testland.example.org").status())
                .as("the prefix is not repeated on the subsite's own host").isEqualTo(404);
    }
}
