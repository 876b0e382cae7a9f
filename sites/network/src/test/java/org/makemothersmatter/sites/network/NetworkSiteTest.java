package org.makemothersmatter.sites.network;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
}
