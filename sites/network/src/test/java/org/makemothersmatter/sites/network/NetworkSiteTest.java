package org.makemothersmatter.sites.network;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.makemothersmatter.core.testkit.TestServer;

/** Tests against the whole assembly: one server per test class, over its own fresh database. */
abstract class NetworkSiteTest {

    static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(new NetworkSite());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** The page's text with the escapes the templates apply undone, to compare with content as written. */
    static String text(String path) {
        return server.get(path).body()
                .replace("&#34;", "\"").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
