package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Tests against the whole assembly: one server per test class, over its own fresh database, and the content
 * its sites ship, which says what the pages must show.
 */
abstract class NetworkSiteTest {

    static TestServer server;
    static ShippedContent shipped;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(new NetworkSite());
        shipped = ShippedContent.of(server);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** The page's text with the escapes the templates apply undone, to compare with content as written. */
    static String text(String path) {
        return Listing.unescaped(server.get(path).body());
    }

    /**
     * A page of the site in language {@code page} shows content written in {@code shown}: when they differ, the
     * content is marked as in its language, under a notice that names it.
     */
    static void assertShowsIn(String html, String path, Site site, Language shown, Language page) {
        if (shown.equals(page)) {
            assertThat(html).as(path).contains("<div class=\"prose\">");
            return;
        }
        String notice = shipped.texts(site, page).format("notice.missingTranslation",
                ShippedContent.languageName(shown, page));
        assertThat(Listing.unescaped(html)).as(path)
                .contains("<div class=\"prose\" lang=\"" + shown.code() + "\" dir=\"" + shown.dir() + "\">", notice);
    }
}
