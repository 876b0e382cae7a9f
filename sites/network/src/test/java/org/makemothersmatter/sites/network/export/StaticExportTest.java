package org.makemothersmatter.sites.network.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.export.ExportResult;
import org.makemothersmatter.core.export.StaticExport;
import org.makemothersmatter.core.feeds.FeedFormat;
import org.makemothersmatter.core.feeds.Feeds;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sharing.Sitemaps;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.Crawler;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.core.web.assets.Assets;
import org.makemothersmatter.sites.network.NetworkSite;
import org.makemothersmatter.sites.network.ShippedContent;

/**
 * The network site exported, then served from its files as nginx would serve them: every link of every exported
 * page works, every page a visitor reaches on the live site is there with the same bytes, and the canonical and
 * hreflang links go to the configured public address.
 */
class StaticExportTest {

    private static final String PUBLIC_URL = "https://www.mmm.example.org";
    private static final Pattern LOCAL_LINK = Pattern.compile("\\s(?:href|src)=\"(/[^\"#]*)\"|url\\((/[^)]*)\\)");
    private static final Pattern PUBLIC_LINK = Pattern.compile(
            "<link rel=\"(?:canonical|alternate\" hreflang=\"[^\"]*)\" href=\"([^\"]*)\"");

    @TempDir
    static Path folder;
    private static TestServer live;
    private static StaticFolderServer files;
    private static ExportResult result;
    private static List<Site> sites;
    private static ShippedContent shipped;
    private static long image;
    private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void export() throws IOException {
        live = TestServer.startAt(PUBLIC_URL, new NetworkSite());
        shipped = ShippedContent.of(live);
        sites = shipped.sites();
        image = showAnImageOnTheInternationalArticles();
        result = live.instance(StaticExport.class).export(live.port(), folder);
        files = new StaticFolderServer(folder);
    }

    @AfterAll
    static void stop() {
        if (files != null) {
            files.close();
        }
        live.close();
    }

    @Test
    void everyLinkOfTheExportedPagesWorks() {
        Map<String, Integer> broken = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(starts());
        while (!queue.isEmpty()) {
            String address = queue.poll();
            if (!seen.add(address)) {
                continue;
            }
            HttpResponse<String> response = get(address);
            if (response.statusCode() != 200) {
                broken.put(address, response.statusCode());
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html") || type.startsWith("text/css")) {
                Matcher links = LOCAL_LINK.matcher(response.body());
                while (links.find()) {
                    String link = links.group(1) != null ? links.group(1) : links.group(2);
                    queue.add(link.replace("&amp;", "&"));
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(seen).containsAll(shipped.publicPages()).contains(
                live.instance(Assets.class).url("/assets/core/site.css"), "/media/" + image + "/400");
        assertThat(result.broken()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void everyPageOfTheLiveSiteIsExportedAsVisitorsGetIt() {
        Map<String, TestServer.Page> pages = Crawler.crawl(live, 100_000, starts().toArray(String[]::new));
        int compared = 0;
        for (TestServer.Page page : pages.values()) {
            if (page.status() != 200) {
                continue;
            }
            HttpResponse<String> exported = get(page.path());
            assertThat(exported.statusCode()).as(page.path()).isEqualTo(200);
            if (!page.body().contains("name=\"_csrf\"")) {
                assertThat(exported.body()).as(page.path()).isEqualTo(page.body());
                compared++;
            }
        }
        assertThat(pages).containsKeys(shipped.publicPages().toArray(String[]::new));
        assertThat(result.pages()).isGreaterThanOrEqualTo(compared);
        assertThat(result.perVisitor()).allSatisfy(address -> assertThat(get(address).body()).contains("<form"));
    }

    @Test
    void canonicalAndAlternateLinksGoToThePublicAddress() {
        int links = 0;
        for (Site site : sites) {
            for (Language language : site.languages()) {
                for (String path : List.of(site.url(language, ""), site.url(language, "/news"))) {
                    Matcher matcher = PUBLIC_LINK.matcher(get(path).body());
                    while (matcher.find()) {
                        assertThat(matcher.group(1)).as(path).startsWith(PUBLIC_URL + "/");
                        links++;
                    }
                }
            }
        }
        assertThat(links).isGreaterThan(4 * sites.size());
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageOfItsSiteAndLanguage() {
        for (Site site : sites) {
            for (Language language : site.languages()) {
                String address = site.url(language, "/no-such-page");
                HttpResponse<String> exported = get(address);
                assertThat(exported.statusCode()).as(address).isEqualTo(404);
                assertThat(exported.body()).as(address).isEqualTo(live.get(address).body())
                        .contains("<html lang=\"" + language.code() + "\"");
            }
        }
    }

    @Test
    void bareAddressesLeadToTheDefaultLanguage() {
        for (Site site : sites) {
            String home = site.url(site.defaultLanguage(), "");
            assertThat(get(site.network() ? "/" : site.pathPrefix()).body())
                    .contains("<meta http-equiv=\"refresh\" content=\"0; url=" + home + "\">");
        }
    }

    @Test
    void feedsAreExportedAsTheyAreServed() {
        for (Site site : sites) {
            for (Language language : site.languages()) {
                for (FeedFormat format : FeedFormat.values()) {
                    String address = site.url(language, Feeds.path("", format));
                    HttpResponse<String> exported = get(address);
                    assertThat(exported.statusCode()).as(address).isEqualTo(200);
                    assertThat(exported.body()).as(address).isEqualTo(live.get(address).body());
                }
            }
        }
    }

    @Test
    void robotsTxtAndTheSitemapsAreExportedAsTheyAreServed() {
        List<String> addresses = new ArrayList<>(live.instance(Sitemaps.class).addresses());
        addresses.add("/robots.txt");
        for (String address : addresses) {
            HttpResponse<String> exported = get(address);
            assertThat(exported.statusCode()).as(address).isEqualTo(200);
            assertThat(exported.body()).as(address).isEqualTo(live.get(address).body());
        }
    }

    @Test
    void imagesKeepTheirBytesAndType() {
        HttpResponse<byte[]> exported = getBytes(files.uri("/media/" + image + "/400"));
        HttpResponse<byte[]> original = getBytes(live.uri("/media/" + image + "/400"));
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).isEqualTo(original.headers().firstValue("Content-Type"));
        assertThat(exported.body()).isEqualTo(original.body());
    }

    /** Every site's bare address and homes, in each of its languages. */
    private static List<String> starts() {
        List<String> starts = new ArrayList<>();
        for (Site site : sites) {
            starts.add(site.network() ? "/" : site.pathPrefix());
            site.languages().forEach(language -> starts.add(site.url(language, "")));
        }
        return starts;
    }

    /** An image uploaded as the back office does, and shown at the end of every article of the international site. */
    private static long showAnImageOnTheInternationalArticles() throws IOException {
        Account editor = live.instance(Accounts.class).create("export@example.org", "Export", Role.NETWORK_ADMIN,
                Set.of(), "a long enough password");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB), "png", png);
        String network = live.instance(Sites.class).network().code();
        long id = live.instance(Images.class).upload(editor, network, "A test picture",
                new ByteArrayInputStream(png.toByteArray()));
        live.instance(Jdbi.class).useHandle(handle -> handle.createUpdate("UPDATE article_translation SET body_html"
                + " = body_html || :img WHERE site = :network").bind("img",
                "<p><img src=\"/media/" + id + "/400\" alt=\"A test picture\"></p>").bind("network", network)
                .execute());
        return id;
    }

    private static HttpResponse<String> get(String address) {
        return send(files.uri(address), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> getBytes(URI uri) {
        return send(uri, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(URI uri, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(HttpRequest.newBuilder(uri).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
