package org.makemothersmatter.sites.network.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The public pages around a change, read before it so that they are kept: those the change may alter, which
 * must then be as a rendering after the change would make them, and those it must leave alone, which must
 * still answer their browsers' copies with 304.
 */
final class Scene {

    /** Makes each fresh rendering's address one the cache has never kept. */
    private static final AtomicLong FRESH = new AtomicLong();

    private final TestServer server;
    private final List<String> mayChange;
    private final Map<String, String> untouched = new LinkedHashMap<>();

    private Scene(TestServer server, List<String> mayChange) {
        this.server = server;
        this.mayChange = mayChange;
    }

    /** Reads every page twice, so that the pages kept (all but those with a form) are. */
    static Scene before(TestServer server, List<String> mayChange, List<String> untouched) {
        Scene scene = new Scene(server, List.copyOf(mayChange));
        mayChange.forEach(path -> kept(server, path));
        untouched.forEach(path -> {
            String etag = kept(server, path);
            if (etag != null) {
                scene.untouched.put(path, etag);
            }
        });
        assertThat(scene.untouched).as("pages kept to leave alone").isNotEmpty();
        return scene;
    }

    /**
     * Every page the change may alter is served as it is rendered now (at an address never asked before), and
     * every other page still matches the copy a browser has.
     */
    void assertFreshAndOthersKept() {
        for (String path : mayChange) {
            TestServer.Page served = server.get(path);
            TestServer.Page fresh = server.get(path + (path.contains("?") ? "&" : "?") + "fresh="
                    + FRESH.incrementAndGet());
            assertThat(served.status()).as(path).isEqualTo(fresh.status());
            assertThat(served.body()).as(path + " as served, against a fresh rendering").isEqualTo(fresh.body());
        }
        untouched.forEach((path, etag) -> assertThat(server.get(path, "If-None-Match", etag).status())
                .as(path + " still matches the browser's copy").isEqualTo(304));
    }

    private static String kept(TestServer server, String path) {
        server.get(path);
        return server.get(path).header("ETag");
    }
}
