package org.makemothersmatter.core.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follows every link of a site from its start pages, as a visitor (or a search engine) would. */
public final class Crawler {

    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"(/[^\"#]*)\"");

    private Crawler() {
    }

    /** Every page reachable from the start paths by links within the server (path → response). */
    public static Map<String, TestServer.Page> crawl(TestServer server, int maxPages, String... start) {
        Map<String, TestServer.Page> seen = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(java.util.List.of(start));
        while (!queue.isEmpty() && seen.size() < maxPages) {
            String path = queue.poll().replace("&amp;", "&");
            if (seen.containsKey(path) || path.startsWith("/assets/")) {
                continue;
            }
            TestServer.Page page = server.get(path);
            seen.put(path, page);
            if (page.status() == 200 && page.body() != null) {
                Matcher links = LINK.matcher(page.body());
                while (links.find()) {
                    queue.add(links.group(1));
                }
            }
        }
        return seen;
    }
}
