package org.makemothersmatter.sites.network.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Sites;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.NetworkSite;

/**
 * The server side of scripts/bench-pages.sh: starts the network site over a database of many articles
 * (100,000 by default), writes the pages to measure, byte for byte as the site serves them, to a folder for
 * nginx to serve ({@code manifest.txt}: file, then the site's address, a line each), prints {@code READY
 * <port>}, and serves until its standard input closes.
 */
public final class PageBenchmark {

    private PageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int articles = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        try (TestServer server = TestServer.start(new NetworkSite())) {
            ListingBenchmark.fill(server.instance(Jdbi.class), articles);
            Sites sites = server.instance(Sites.class);
            Site network = sites.network();
            Site national = sites.national().get(0);
            String home = network.url(network.defaultLanguage(), "");
            Matcher link = Pattern.compile("href=\"(" + network.url(network.defaultLanguage(), "/news/") + "[^\"?]+)\"")
                    .matcher(server.get(network.url(network.defaultLanguage(), "/news")).body());
            String article = link.find() ? link.group(1) : home;
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("international home", home);
            pages.put("news, page 2,000", network.url(network.defaultLanguage(), "/news?page=2000"));
            pages.put("an article", article);
            pages.put("a subsite's home", national.url(national.defaultLanguage(), ""));
            pages.put("a delegation", network.url(network.defaultLanguage(), "/advocacy/un"));
            pages.put("a page not found", network.url(network.defaultLanguage(), "/news/no-such-story"));
            List<String> manifest = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String file = "page-" + ++n + ".html";
                Files.writeString(folder.resolve(file), server.get(page.getValue()).body(), StandardCharsets.UTF_8);
                manifest.add(file + " " + page.getValue() + " " + page.getKey());
            }
            Files.write(folder.resolve("manifest.txt"), manifest);
            System.out.println("READY " + server.uri("/").getPort());
            // Standard input ends when the script is done with the server.
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
