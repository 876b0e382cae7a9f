package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestImages;
import org.makemothersmatter.core.testkit.TestPdfs;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.core.themes.Themes;

/**
 * Who reaches what in the back office: every address it answers, read from the server's route table, on every site
 * hosted, asked (GET) or sent a form that would be taken (POST) by each kind of account on an item of that site made
 * for the request: a signed-out visitor, the site's translator and editor, another site's editor, a network
 * administrator. Each answer is classed as let through, refused (403 or 404) or sent to sign in. The classes must be
 * those of back-office-permissions.txt, one line an address and a site: a new address, or a new site, fails this
 * test until its lines say who may use it, so that none escapes the check.
 */
class BackOfficePermissionsTest extends TestlandTeam {

    private static final String MATRIX = "back-office-permissions.txt";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final List<String> ACCOUNTS = List.of("visitor", "translator", "other-editor", "editor", "admin");
    private static final String ADMIN = "admin@example.org";

    /** A site of the test, with its translator's and editor's addresses and the language its texts are in. */
    private record Place(Site site, String translator, String editor, Language language, Browser editing) {

        String email(String account, List<Place> places) {
            return switch (account) {
                case "visitor" -> null;
                case "translator" -> translator;
                case "editor" -> editor;
                case "other-editor" -> places.get((places.indexOf(this) + 1) % places.size()).editor;
                default -> ADMIN;
            };
        }
    }

    @Test
    void everyAddressOfTheBackOfficeLetsThroughOnlyWhomItShould() throws IOException {
        Map<String, String> expected = expected();
        Map<String, String> actual = new TreeMap<>();
        List<Place> places = places();
        Map<String, Browser> browsers = new LinkedHashMap<>();
        List<String> routes = server.routes();
        int requests = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (!path.startsWith("/admin") || path.startsWith("/admin/login")) {
                continue;
            }
            // A plugin's page is of the site its address names; the others are of every site.
            for (Place place : places.stream().filter(p -> !path.startsWith("/admin/sites/")
                    || path.startsWith("/admin/sites/" + p.site().code() + "/")).toList()) {
                StringBuilder line = new StringBuilder();
                for (String account : ACCOUNTS) {
                    Filled address = fill(path, place);
                    String email = place.email(account, places);
                    Browser browser = email == null ? server.browser()
                            : browsers.computeIfAbsent(email, key -> server.signedIn(email, PASSWORD));
                    // Each request from a client of its own: the limits per client must not decide the answers.
                    browser.forwardedFor(client(++requests));
                    TestServer.Page answer;
                    if (method.equals("GET")) {
                        answer = browser.get(address.path());
                    } else {
                        // The token a page gives the account (its session's, or the sign-in cookie's on the pages
                        // anyone may see), and a form that would be taken.
                        browser.get(routes.contains("GET " + path) ? address.path() : "/admin/me");
                        answer = browser.post(address.path(), form(address, place));
                    }
                    line.append(' ').append(account).append('=').append(classOf(answer));
                    if (path.endsWith("/logout")) {
                        browsers.remove(email);
                    }
                }
                actual.put(route + " @" + place.site().code(), line.toString().strip());
            }
        }
        List<String> wrong = new ArrayList<>();
        actual.forEach((route, line) -> {
            if (!line.equals(expected.get(route))) {
                wrong.add(route + " | " + line + (expected.containsKey(route) ? "   (expected " + expected.get(route)
                        + ")" : "   (a new address: say who may use it)"));
            }
        });
        expected.keySet().stream().filter(route -> !actual.containsKey(route))
                .forEach(route -> wrong.add(route + " is no longer served: take its line out"));
        assertThat(wrong).as("lines of %s that do not hold; the whole table as served:%n%s", MATRIX,
                String.join("\n", actual.entrySet().stream().map(e -> e.getKey() + " | " + e.getValue()).toList()))
                .isEmpty();
    }

    private static String client(int n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private static String classOf(TestServer.Page answer) {
        String location = answer.header("Location");
        if (location != null && location.startsWith("/admin/login")) {
            return "sign-in";
        }
        return answer.status() == 403 || answer.status() == 404 ? "refused" : "through";
    }

    /** An address with its parameters given, and the item it is about (such as /admin/pages/12), if any. */
    private record Filled(String path, String item) {
    }

    /** The address with each parameter given: an item of the site of the kind the address is about. */
    private static Filled fill(String path, Place place) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder address = new StringBuilder();
        String item = null;
        while (parameter.find()) {
            String before = path.substring(0, parameter.start());
            String value = switch (parameter.group(1)) {
                // A theme is written in the languages of the international site, which shows its pages.
                case "language" -> path.startsWith("/admin/themes/")
                        ? server.instance(Sites.class).network().defaultLanguage().code() : place.language().code();
                case "token" -> "a-link-nobody-was-sent";
                case "revision" -> olderRevision(item, place);
                case "id" -> {
                    String id = String.valueOf(before.startsWith("/admin/articles/")
                            || before.startsWith("/admin/proposals/") ? proposedArticle(place)
                            : before.startsWith("/admin/pages/") ? page(place)
                            : before.startsWith("/admin/media/") ? image(place)
                            : before.startsWith("/admin/events/") ? event(place)
                            : before.startsWith("/admin/accounts/") ? account(place)
                            : before.startsWith("/admin/themes/") ? theme()
                            : before.startsWith("/admin/documents/") ? document(place) : record(before, place));
                    item = before + id;
                    yield id;
                }
                default -> throw new IllegalStateException("The matrix does not know what to give {"
                        + parameter.group(1) + "} in " + path + ": teach fill() its kind of item.");
            };
            parameter.appendReplacement(address, value);
        }
        parameter.appendTail(address);
        return new Filled(address.toString(), item);
    }

    /**
     * A form the address would take from whoever may use it: every field the back office's forms send, with the
     * versions of the item as its editor sees them, so that a refusal is the rule's, not a form's that cannot be read.
     */
    private static Map<String, String> form(Filled address, Place place) {
        String site = place.site().code();
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Sent " + unique(), "body", "Sent.",
                "slug", "", "excerpt", "", "section", section(place), "date", LocalDate.now(ArticleEditor.ZONE)
                        .toString(), "at", LocalDate.now(ArticleEditor.ZONE).plusDays(1) + "T09:00",
                "language", place.language().code(), "site", site, "then", "save"));
        form.putAll(Map.of("alt", "Sent", "name", "Sent", "email", "sent-" + unique() + "@" + site + ".example",
                "role", "editor", "sites", site, "password", PASSWORD, "action", "trash", "back", "/admin"));
        if (address.item() != null && address.item().matches("/admin/themes/\\d+")) {
            long theme = Long.parseLong(address.item().substring("/admin/themes/".length()));
            form.put("version", String.valueOf(server.instance(Themes.class).find(theme).orElseThrow().version()));
            form.put("direction", "up");
        }
        if (address.item() != null && address.item().matches("/admin/events/\\d+")) {
            form.put("version", Matches.first(place.editing().get(address.item()).body(),
                    "name=\"version\" value=\"(\\d+)\""));
            form.put("starts", LocalDate.now(ArticleEditor.ZONE).toString());
            form.put("zone", ArticleEditor.ZONE.getId());
            form.put("kind", "workshop");
        }
        if (address.item() != null && address.item().matches("/admin/(articles|pages)/\\d+")) {
            String edit = place.editing().get(address.item() + "?lang=" + place.language().code()).body();
            String item = Matches.first(edit, "name=\"itemVersion\" value=\"(\\d+)\"");
            form.put("itemVersion", item);
            form.put("version", address.path().contains("/text/")
                    ? Matches.last(edit, "name=\"version\" value=\"(\\d+)\"") : item);
            form.put("item", address.item().substring(address.item().lastIndexOf('/') + 1) + ":" + item);
        }
        return form;
    }

    /** A draft of the site's editor; an association's is proposed for the network's news. */
    private static long proposedArticle(Place place) {
        Browser editing = place.editing();
        editing.get("/admin/articles/new?site=" + place.site().code());
        TestServer.Page created = editing.post("/admin/articles", Map.of("site", place.site().code(),
                "section", section(place), "language", place.language().code(), "title", "For the matrix " + unique(),
                "excerpt", "", "body", "An article.", "network", "true"));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/articles/(\\d+)"));
    }

    /** The first section the site's articles may be in: the national one for an association. */
    private static String section(Place place) {
        return Arrays.stream(Section.values()).filter(s -> place.site().network() != (s == Section.NATIONAL))
                .findFirst().orElseThrow().code();
    }

    /** A revision of the item (such as /admin/pages/12) older than its text, which it is saved anew for. */
    private static String olderRevision(String item, Place place) {
        assertThat(HtmlForm.submit(place.editing(), item + "?lang=" + place.language().code(), "text-form",
                Map.of("body", "Changed.", "then", "save")).status()).isEqualTo(303);
        return Matches.first(place.editing().get(item + "/revisions").body(), "/revisions/(\\d+)/restore");
    }

    private static long page(Place place) {
        place.editing().get("/admin/pages/new");
        TestServer.Page created = place.editing().post("/admin/pages", Map.of("site", place.site().code(),
                "language", place.language().code(), "title", "For the matrix " + unique(), "body", "A page."));
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/pages/(\\d+)"));
    }

    /** A draft event of the site, by its editor. */
    private static long event(Place place) {
        place.editing().get("/admin/events/new");
        TestServer.Page created = place.editing().post("/admin/events", Map.of("site", place.site().code(),
                "language", place.language().code(), "title", "For the matrix " + unique(), "kind", "workshop",
                "starts", LocalDate.now(ArticleEditor.ZONE).toString(), "zone", ArticleEditor.ZONE.getId()));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/events/(\\d+)"));
    }

    /** An editor of the site, whom an administrator may change, disable or sign out. */
    private static long account(Place place) {
        return server.instance(Accounts.class).create("matrix-" + unique() + "@" + place.site().code() + ".example",
                "Mia", Role.EDITOR, Set.of(place.site().code()), PASSWORD).id();
    }

    private static long image(Place place) {
        return TestImages.upload(place.editing(), place.site().code(), "For the matrix", TestImages.photo(400, 300));
    }

    private static long document(Place place) {
        return TestPdfs.upload(place.editing(), place.site().code(), "For the matrix " + unique(), "A statement.");
    }

    /** A theme of the network, new for the line, added by its administrator. */
    private static long theme() {
        var admin = server.instance(Accounts.class).create("matrix-admin-" + unique() + "@example.org", "Max",
                Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        return server.instance(Themes.class).create(admin, server.instance(Sites.class).network().defaultLanguage(),
                "For the matrix " + unique(), "", "");
    }

    /** A record of a plugin's list at {@code list} (such as /admin/sites/testland/notes/). */
    private static long record(String list, Place place) {
        TestSites.sendNote(server, "For the matrix " + unique());
        return Long.parseLong(Matches.first(place.editing().get(list.substring(0, list.length() - 1)).body(),
                Pattern.quote(list) + "(\\d+)"));
    }

    /** Every site hosted, each with a translator and an editor of its own, made for the matrix. */
    private static List<Place> places() {
        Accounts accounts = server.instance(Accounts.class);
        return server.instance(Sites.class).plugins().stream().map(plugin -> plugin.site()).map(site -> {
            String translator = "matrix-translator@" + site.code() + ".example";
            String editor = "matrix-editor@" + site.code() + ".example";
            accounts.create(translator, "Tina", Role.TRANSLATOR, Set.of(site.code()), PASSWORD);
            accounts.create(editor, "Eddy", Role.EDITOR, Set.of(site.code()), PASSWORD);
            return new Place(site, translator, editor, site.defaultLanguage(), server.signedIn(editor, PASSWORD));
        }).toList();
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> lines = new TreeMap<>();
        try (InputStream in = BackOfficePermissionsTest.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.put(line.substring(0, line.indexOf('|')).strip(), line.substring(line.indexOf('|') + 1)
                            .strip());
                }
            }
        }
        return lines;
    }
}
