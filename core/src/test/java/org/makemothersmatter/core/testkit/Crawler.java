package org.makemothersmatter.core.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follows every link of a site from its start pages, as a visitor (or a search engine) would. */
public final class Crawler {

    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"(/[^\"#]*)\"");

    private Crawler() {
    }

    /**
     * Every page reachable from the start paths by links within the server (path → response); what a link leads to
     * that is no page (a calendar file to download, a feed) is not followed nor returned.
     */
    public static Map<String, TestServer.Page> crawl(TestServer server, int maxPages, String... start) {
        Map<String, TestServer.Page> seen = new LinkedHashMap<>();
        Set<String> files = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(java.util.List.of(start));
        while (!queue.isEmpty() && seen.size() < maxPages) {
            String path = queue.poll().replace("&amp;", "&");
            if (seen.containsKey(path) || files.contains(path) || path.startsWith("/assets/")) {
                continue;
            }
            TestServer.Page page = server.get(path);
            String type = page.header("Content-Type");
            if (page.status() == 200 && (type == null || !type.startsWith("text/html"))) {
                files.add(path);
                continue;
            }
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
