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
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.NetworkSite;
import org.makemothersmatter.sites.network.bench.generated.GeneratedAssociations;
import org.makemothersmatter.sites.network.bench.generated.GeneratedContent;

/**
 * The server side of scripts/bench-pages.sh: starts the network site and the given number of generated
 * associations over an H2 file database in the given folder, loads the given number of generated articles,
 * writes the pages to measure, byte for byte as the site serves them, to a folder for nginx to serve
 * ({@code manifest.txt}: file, then the site's address, then the page's name, a line each), prints
 * {@code READY <port>}, and serves until its standard input closes.
 * <p>Usage: {@code PageBenchmark <associations> <articles> <pages folder> <database folder>}
 */
public final class PageBenchmark {

    /** The page of the news listing measured, or its last page if it has fewer. */
    private static final int DEEP_PAGE = 2000;

    private PageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        GeneratedAssociations associations = GeneratedAssociations.of(Integer.parseInt(args[0]));
        int articles = Integer.parseInt(args[1]);
        Path folder = Files.createDirectories(Path.of(args[2]));
        DatabaseSettings database = new DatabaseSettings(
                "jdbc:h2:file:" + Path.of(args[3]).toAbsolutePath().resolve("mmm"), "sa", "");
        try (TestServer server = TestServer.start(database, new NetworkSite(), associations)) {
            GeneratedContent.fill(server, associations, articles);
            Sites sites = server.instance(Sites.class);
            Site network = sites.network();
            Language language = network.defaultLanguage();
            Site subsite = associations.associations().isEmpty() ? sites.national().get(0)
                    : associations.associations().get(0).site();
            String home = network.url(language, "");
            String news = network.url(language, "/news");
            String deep = deepPage(server, news);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("international home", home);
            pages.put(String.format("news, page %,d", Integer.parseInt(deep.substring(deep.lastIndexOf('=') + 1))),
                    deep);
            pages.put("an article", firstLink(server, deep, network.url(language, "/news/")));
            pages.put("a subsite's home", subsite.url(subsite.defaultLanguage(), ""));
            pages.put("a delegation", firstLink(server, home, network.url(language, "/advocacy/")));
            String notFound = network.url(language, "/news/no-such-story");
            pages.put("a page not found", notFound);
            List<String> manifest = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                TestServer.Page answer = server.get(page.getValue());
                if (answer.status() != (page.getValue().equals(notFound) ? 404 : 200)) {
                    throw new IllegalStateException(answer + ": not the page to measure");
                }
                String file = "page-" + ++n + ".html";
                Files.writeString(folder.resolve(file), answer.body(), StandardCharsets.UTF_8);
                manifest.add(file + " " + page.getValue() + " " + page.getKey());
            }
            Files.write(folder.resolve("manifest.txt"), manifest);
            System.out.println("READY " + server.port());
            // Standard input ends when the script is done with the server.
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /**
     * Page 2,000 of a listing, or its last page if it has fewer: on a page past the end, the link to the
     * previous page leads to the last one.
     */
    private static String deepPage(TestServer server, String listing) {
        String deep = listing + "?page=" + DEEP_PAGE;
        Matcher previous = Pattern.compile("href=\"([^\"]+)\" rel=\"prev\"").matcher(server.get(deep).body());
        if (!previous.find()) {
            throw new IllegalStateException(deep + " links to no previous page");
        }
        String last = previous.group(1);
        if (last.endsWith("?page=" + (DEEP_PAGE - 1))) {
            return deep;
        }
        // The first page's address has no number: name it, so that every deep page's address has one.
        return last.contains("?page=") ? last : listing + "?page=1";
    }

    /** The first link of a page to an address starting with the given prefix. */
    private static String firstLink(TestServer server, String page, String prefix) {
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"?]+)\"")
                .matcher(server.get(page).body());
        if (!link.find()) {
            throw new IllegalStateException(page + " has no link to " + prefix + "...");
        }
        return link.group(1);
    }
}
