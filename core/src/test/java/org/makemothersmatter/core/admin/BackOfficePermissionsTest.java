package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestImages;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Who reaches what in the back office: every address it answers, read from the server's route table, asked (GET) or
 * sent a form (POST, with the session's token and nothing else) by each kind of account on an item of Testland made
 * for the request, and classed as let through, refused (403 or 404) or sent to sign in. The classes must be those of
 * back-office-permissions.txt, one line an address: a new address fails this test until its line says who may use
 * it, so that none escapes the check.
 */
class BackOfficePermissionsTest extends TestlandTeam {

    private static final String MATRIX = "back-office-permissions.txt";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** The accounts, as the matrix names them: Testland's translator and editor, another site's editor. */
    private static final Map<String, String> ACCOUNTS = accounts();

    @Test
    void everyAddressOfTheBackOfficeLetsThroughOnlyWhomItShould() throws IOException {
        Map<String, String> expected = expected();
        Map<String, String> actual = new TreeMap<>();
        Map<String, Browser> browsers = new LinkedHashMap<>();
        List<String> routes = server.routes();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (!path.startsWith("/admin") || path.startsWith("/admin/login")) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
                Filled address = fill(path);
                Browser browser = account.getValue() == null ? server.browser()
                        : browsers.computeIfAbsent(account.getKey(), key -> server.signedIn(account.getValue(), PASSWORD));
                TestServer.Page answer;
                if (method.equals("GET")) {
                    answer = browser.get(address.path());
                } else {
                    // The token a page gives the account (its session's, or the sign-in cookie's on the pages anyone
                    // may see), and a form that would be taken.
                    browser.get(routes.contains("GET " + path) ? address.path() : "/admin/me");
                    answer = browser.post(address.path(), form(address));
                }
                line.append(' ').append(account.getKey()).append('=').append(classOf(answer));
                if (path.endsWith("/logout")) {
                    browsers.remove(account.getKey());
                }
            }
            actual.put(route, line.toString().strip());
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

    /** The address with each parameter given: an item of Testland of the kind the address is about. */
    private static Filled fill(String path) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder address = new StringBuilder();
        String item = null;
        while (parameter.find()) {
            String before = path.substring(0, parameter.start());
            String value = switch (parameter.group(1)) {
                case "language" -> "en";
                case "token" -> "a-link-nobody-was-sent";
                case "revision" -> olderRevision(item);
                case "id" -> {
                    String id = String.valueOf(before.startsWith("/admin/articles/")
                            || before.startsWith("/admin/proposals/") ? proposedArticle()
                            : before.startsWith("/admin/pages/") ? page()
                            : before.startsWith("/admin/media/") ? image()
                            : before.startsWith("/admin/accounts/") ? account() : record(before));
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
    private static Map<String, String> form(Filled address) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Sent " + unique(), "body", "Sent.",
                "slug", "", "excerpt", "", "section", "national", "date", LocalDate.now(ArticleEditor.ZONE).toString(),
                "at", LocalDate.now(ArticleEditor.ZONE).plusDays(1) + "T09:00", "language", "en", "site", "testland",
                "then", "save"));
        form.putAll(Map.of("alt", "Sent", "name", "Sent", "email", "sent-" + unique() + "@testland.org",
                "role", "editor", "sites", "testland", "password", PASSWORD, "action", "trash", "back", "/admin"));
        if (address.item() != null && address.item().matches("/admin/(articles|pages)/\\d+")) {
            String edit = editor.get(address.item() + "?lang=en").body();
            String item = Matches.first(edit, "name=\"itemVersion\" value=\"(\\d+)\"");
            form.put("itemVersion", item);
            form.put("version", address.path().contains("/text/") ? Matches.last(edit, "name=\"version\" value=\"(\\d+)\"")
                    : item);
            form.put("item", address.item().substring(address.item().lastIndexOf('/') + 1) + ":" + item);
        }
        return form;
    }

    /** A draft of Testland's editor, proposed for the network's news. */
    private static long proposedArticle() {
        long id = draft("For the matrix " + unique());
        assertThat(Articles.send(editor, id, Map.of("network", "true"), "save").status()).isEqualTo(303);
        return id;
    }

    /** A revision of the item (such as /admin/pages/12) older than its text, which it is saved anew for. */
    private static String olderRevision(String item) {
        assertThat(HtmlForm.submit(editor, item + "?lang=en", "text-form", Map.of("body", "Changed.", "then", "save"))
                .status()).isEqualTo(303);
        return Matches.first(editor.get(item + "/revisions").body(), "/revisions/(\\d+)/restore");
    }

    private static long page() {
        editor.get("/admin/pages/new");
        TestServer.Page created = editor.post("/admin/pages", Map.of("site", "testland", "language", "en",
                "title", "For the matrix " + unique(), "body", "A page."));
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/pages/(\\d+)"));
    }

    /** An editor of Testland, whom an administrator may change, disable or sign out. */
    private static long account() {
        return server.instance(Accounts.class).create("matrix-" + unique() + "@testland.org", "Mia", Role.EDITOR,
                Set.of("testland"), PASSWORD).id();
    }

    private static long image() {
        return TestImages.upload(editor, "For the matrix", TestImages.photo(400, 300));
    }

    /** A record of a plugin's list at {@code list} (such as /admin/sites/testland/notes/). */
    private static long record(String list) {
        TestSites.sendNote(server, "For the matrix " + unique());
        return Long.parseLong(Matches.first(editor.get(list.substring(0, list.length() - 1)).body(),
                Pattern.quote(list) + "(\\d+)"));
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

    private static Map<String, String> accounts() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("visitor", null);
        accounts.put("translator", "translator@testland.org");
        accounts.put("other-editor", "editor@otherland.org");
        accounts.put("editor", "editor@testland.org");
        accounts.put("admin", "admin@example.org");
        return accounts;
    }
}
