package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestImages;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The back office in the language of whoever reads it: the one their browser prefers among those it has strings for,
 * else English. Its screens name sites, roles, sections, languages and statuses instead of showing their codes, and
 * say in the same language what an action did; the strings of every language are checked against English's.
 */
class BackOfficeLanguageTest {

    private static final String PASSWORD = "a long and secret password";
    private static final String FRENCH = "fr-BE,fr;q=0.9,en;q=0.5";
    /**
     * Words of the English screens that a French screen must not show; those French writes alike ("Articles",
     * "Pages", "Images", "Site", "Date") cannot tell and are left out.
     */
    private static final List<String> ENGLISH = List.of("Dashboard", "Sign in", "Sign out", "Skip to content",
            "back office", "Trash", "Draft", "Drafts", "Published", "Scheduled", "Title", "Section", "Status",
            "Languages", "Search", "Filter", "Apply", "Order", "Newest first", "All my sites", "Any", "None", "Tick",
            "Write a new", "Waiting for review", "Recent activity", "Your sites", "Translations missing", "English",
            "French", "Editor", "Translator", "Network administrator", "National news", "Delete", "Keep", "Restore",
            "Accounts", "Account", "Audit log", "Password", "E-mail address", "Name", "Role", "Active", "When", "Who",
            "What", "Previous", "Next", "Save as draft", "Written in", "Text", "Excerpt", "newest first", "Download",
            "Page not found", "Not allowed", "Bad request");

    private static TestServer server;
    private static Browser editor;
    private static Browser admin;
    private static Browser translator;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
        TestSites.sendNote(server, "Un atelier le samedi matin ?");
        editor = signedIn("editor@testland.org", FRENCH);
        admin = signedIn("admin@example.org", FRENCH);
        translator = signedIn("translator@testland.org", FRENCH);
        article("Un atelier pour les mères " + unique());
        editor.get("/admin/pages/new?site=testland");
        assertThat(editor.post("/admin/pages", Map.of("site", "testland", "language", "fr", "title",
                "Notre charte " + unique(), "body", "Un texte.")).status()).isEqualTo(303);
        long trashed = article("À jeter " + unique());
        bulk("/admin/articles/bulk", "trash", ticked(editor.get("/admin/articles").body(), trashed));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSignInPageSpeaksTheBrowsersLanguage() {
        Browser visitor = server.browser().speaking(FRENCH);
        String form = visitor.get("/admin/login").body();
        assertThat(form).contains("<html lang=\"fr\" dir=\"ltr\">", "<title>Connexion – Administration MMM</title>",
                "Mot de passe", "Se connecter");
        assertThat(english(form)).isEmpty();
        TestServer.Page wrong = visitor.post("/admin/login", Map.of("email", "editor@testland.org", "password",
                "not the password at all"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("L’adresse e-mail ou le mot de passe est incorrect.");
    }

    @Test
    void noScreenOfAFrenchReaderShowsEnglish() {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Matcher note = Pattern.compile("href=\"(/admin/sites/testland/notes/\\d+)\"")
                .matcher(editor.get("/admin/sites/testland/notes").body());
        assertThat(note.find()).as("a note listed").isTrue();
        for (String path : List.of("/admin", "/admin/articles", "/admin/pages", "/admin/articles/trash",
                "/admin/pages/trash", "/admin/articles/trash/empty", "/admin/articles/new", "/admin/pages/new",
                "/admin/sites/testland/notes", note.group(1), note.group(1) + "/delete", "/admin/articles/999999999",
                "/admin/articles?sort=sideways")) {
            check(editor, path, found);
        }
        for (String path : List.of("/admin/accounts", "/admin/audit")) {
            check(admin, path, found);
        }
        check(translator, "/admin/pages/new", found);
        assertThat(found).as("English words on French screens").isEmpty();
    }

    /** Words of the English edit, revisions and images pages that their French ones must not show. */
    private static final List<String> ENGLISH_EDITING = List.of("Save", "Publish", "Revisions", "Revision", "Preview",
            "Languages of the", "Discard", "Request a translation", "Insert an image", "Close", "Address",
            "Compare", "What changed", "Every revision", "Restore this text", "to translate", "published", "draft",
            "Show beside", "Brussels time", "Featured image", "Upload", "alternative text", "Back to the", "Alternative text",
            "Uploaded", "To paste", "Where it is used", "No article or page", "All images", "uploaded", "by",
            "Delete this image", "Delete the image", "Keep it", "Show", "all my sites");

    @Test
    void theEditAndRevisionsPagesOfAFrenchReaderAreInFrench() {
        long article = article("Une rencontre " + unique());
        TestServer.Page savedPage = editor.post("/admin/pages", Map.of("site", "testland", "language", "fr", "title",
                "Nos valeurs " + unique(), "body", "Un texte."));
        Matcher page = Pattern.compile("/admin/pages/(\\d+)").matcher(savedPage.header("Location"));
        assertThat(page.find()).isTrue();
        Map<String, Set<String>> found = new LinkedHashMap<>();
        String articleEdit = checkEditing("/admin/articles/" + article, found);
        assertThat(articleEdit).contains("<span class=\"status\">brouillon</span>", "Aperçu", "Versions",
                "Enregistrer et publier maintenant", "Langues de l’article", "Français · brouillon",
                "Anglais · à traduire", "Rubrique, date, partage, image à la une et thèmes",
                "<option value=\"national\" selected>Actualité nationale</option>", "Insérer une image");
        assertThat(checkEditing("/admin/articles/" + article + "?lang=en", found)).contains(
                "Pas encore de texte en anglais.", "Demander une traduction");
        String pageEdit = checkEditing("/admin/pages/" + page.group(1), found);
        assertThat(pageEdit).contains("Langues de la page", "Enregistrer et mettre à la corbeille");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(articleEdit);
        assertThat(version.find()).isTrue();
        TestServer.Page saved = editor.post("/admin/articles/" + article + "/text/fr", Map.of("version", version.group(1),
                "title", "Une rencontre changée", "slug", "", "excerpt", "", "body", "Un autre texte."));
        assertThat(URLDecoder.decode(saved.header("Location"), StandardCharsets.UTF_8)).contains("Enregistré.");
        String revisions = checkEditing("/admin/articles/" + article + "/revisions", found);
        assertThat(revisions).contains("Retour à l’article", "Ce qui a changé", "Comparer",
                "Toutes les versions, des plus récentes aux plus anciennes", "Rétablir ce texte");
        assertThat(found).as("English words on French screens").isEmpty();
    }

    @Test
    void theImagesScreensOfAFrenchReaderAreInFrench() {
        long image = TestImages.upload(editor, "Un atelier à Bruxelles", TestImages.photo(300, 200));
        Map<String, Set<String>> found = new LinkedHashMap<>();
        assertThat(checkEditing("/admin/media", found)).contains("Envoyer une image", "Texte alternatif",
                "À coller dans un article", "<option value=\"\" selected>Tous mes sites</option>",
                "1 image");
        assertThat(checkEditing("/admin/media/" + image, found)).contains("Où elle est utilisée",
                "Aucun article ni aucune page n’utilise cette image.", "300 × 200 pixels", "Supprimer cette image");
        assertThat(checkEditing("/admin/media/" + image + "/delete", found)).contains("Supprimer cette image ?",
                "Supprimer l’image", "La garder");
        assertThat(found).as("English words on French screens").isEmpty();
    }

    /** A page of a French reader, with the English words it shows, if any; the page's HTML. */
    private static String checkEditing(String path, Map<String, Set<String>> found) {
        String html = editor.get(path).body();
        assertThat(html).as(path).contains("<html lang=\"fr\"");
        Set<String> words = english(html, ENGLISH_EDITING);
        words.addAll(english(html));
        if (!words.isEmpty()) {
            found.put(path, words);
        }
        return html;
    }

    @Test
    void screensNameWhatTheyList() {
        String articles = editor.get("/admin/articles").body();
        assertThat(articles).contains("<td data-label=\"Site\">MMM Testland</td>",
                "<td data-label=\"Rubrique\">Actualité nationale</td>", "<span class=\"status\">Brouillon</span>",
                "<td data-label=\"Langues\">Français</td>",
                "<option value=\"testland\">MMM Testland</option>",
                "<option value=\"national\">Actualité nationale</option>", "<option value=\"draft\">Brouillon</option>",
                "<option value=\"fr\">Français</option>", "<option value=\"en\">Anglais</option>");
        assertThat(editor.get("/admin/articles/trash").body()).contains("1 article dans la corbeille");
        String accounts = admin.get("/admin/accounts").body();
        assertThat(accounts).contains("Ada (Administrateur du réseau)", "<td data-label=\"Rôle\">Éditeur</td>",
                "<td data-label=\"Rôle\">Traducteur</td>", "<td data-label=\"Sites\">MMM Testland</td>",
                "<option value=\"translator\">Traducteur</option>", "value=\"testland\"> MMM Testland</label>");
        assertThat(editor.get("/admin").body()).contains("MMM Testland · article · Français · enregistré par Ed");
    }

    @Test
    void whatAnActionDidIsSaidInTheReadersLanguage() {
        long id = article("Une nouvelle " + unique());
        List<String> listed = ticked(editor.get("/admin/articles").body(), id);
        TestServer.Page published = bulk("/admin/articles/bulk", "publish", listed);
        assertThat(editor.get(published.header("Location")).body()).contains("Publication : 1 article.");
        TestServer.Page stale = bulk("/admin/articles/bulk", "unpublish", listed);
        assertThat(URLDecoder.decode(stale.header("Location"), StandardCharsets.UTF_8)).contains(
                "Remise en brouillon : 0 article ; 1 élément laissé tel quel : Il a changé depuis l’affichage");
        admin.get("/admin/accounts");
        TestServer.Page refused = admin.post("/admin/accounts", Map.of("email", "nouvelle@example.org", "name",
                "Nouvelle", "role", "editor"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Un éditeur ou un traducteur a besoin d’au moins un site.");
        TestServer.Page added = admin.post("/admin/accounts", Map.of("email", "nouvelle@example.org", "name",
                "Nouvelle", "role", "editor", "sites", "testland"));
        assertThat(admin.get(added.header("Location")).body())
                .contains("Compte nouvelle@example.org ajouté : l’invitation est en route.");
    }

    @Test
    void otherBrowsersGetTheirLanguageOrEnglish() {
        assertThat(page("en-US,en;q=0.8")).contains("<html lang=\"en\" dir=\"ltr\">", "<h1>Dashboard</h1>",
                "Sign out");
        assertThat(page("sw, ja;q=0.8")).as("no strings in those languages").contains("<html lang=\"en\"",
                "<h1>Dashboard</h1>");
        assertThat(page(null)).contains("<html lang=\"en\"", "<h1>Dashboard</h1>");
        assertThat(page("de-CH, fr;q=0.5")).contains("<html lang=\"de\" dir=\"ltr\">", "Abmelden");
        assertThat(page("ar-LB")).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(page("qq-ZZ;q=1, *;q=0.5, nonsense;;")).as("a header that cannot be read")
                .contains("<html lang=\"en\"");
    }

    @Test
    void anAccountsPreferredLanguageComesBeforeTheBrowsers() {
        AdminLanguage languages = server.instance(AdminLanguage.class);
        assertThat(languages.choose(Optional.of(Language.FRENCH), "en-US")).isEqualTo(Language.FRENCH);
        assertThat(languages.choose(Optional.of(Language.of("fr-CA")), "en-US")).isEqualTo(Language.FRENCH);
        assertThat(languages.choose(Optional.of(Language.of("sw")), FRENCH)).as("no strings in Swahili")
                .isEqualTo(Language.FRENCH);
        assertThat(languages.choose(Optional.empty(), "")).isEqualTo(Language.ENGLISH);
    }

    /**
     * Each language the back office ships strings for has every string of English's, and so have its mails' strings
     * where it has some: none missing, none English lacks (a misspelt key), each pattern one ICU reads, with English's
     * arguments, each plural with the forms its language's rules pick for counts up to a thousand (a form only
     * millions take, as French's "many", may be left to "other"), and no straight apostrophe, which ICU may take for
     * a quote.
     */
    @Test
    void everyLanguageShippedHasEveryEnglishStringWithItsArguments() throws IOException, URISyntaxException {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String strings : List.of("admin", "mail")) {
            Map<String, String> english = bundle(strings + "_en");
            for (String language : languages(strings)) {
                List<String> found = problems(english, bundle(strings + "_" + language), Language.of(language));
                if (!found.isEmpty()) {
                    problems.put(strings + "_" + language, found);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What a language's strings lack or get wrong, compared with English's. */
    private static List<String> problems(Map<String, String> english, Map<String, String> strings, Language language) {
        List<String> found = new ArrayList<>();
        english.keySet().stream().filter(key -> !strings.containsKey(key)).forEach(key -> found.add("lacks " + key));
        strings.keySet().stream().filter(key -> !english.containsKey(key)).forEach(key -> found.add("unknown " + key));
        PluralRules rules = PluralRules.forLocale(ULocale.forLocale(language.locale()));
        Set<String> forms = new TreeSet<>();
        for (int count = 0; count <= 1000; count++) {
            forms.add(rules.select(count));
        }
        strings.forEach((key, pattern) -> {
            if (pattern.replace("''", "").contains("'")) {
                found.add(key + ": a straight apostrophe");
            }
            try {
                new MessageFormat(pattern, language.locale());
                MessagePattern parsed = new MessagePattern(pattern);
                Set<String> arguments = arguments(parsed);
                if (english.containsKey(key) && !arguments.equals(arguments(new MessagePattern(english.get(key))))) {
                    found.add(key + ": arguments " + arguments + ", not English's");
                }
                for (Set<String> given : plurals(parsed)) {
                    if (!given.containsAll(forms) || !rules.getKeywords().containsAll(given)) {
                        found.add(key + ": plural forms " + given + " for a language's " + forms);
                    }
                }
            } catch (IllegalArgumentException e) {
                found.add(key + ": " + e.getMessage());
            }
        });
        return found;
    }

    /** The arguments a pattern names, in its sub-messages too. */
    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> arguments = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME
                    || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                arguments.add(pattern.getSubstring(part));
            }
        }
        return arguments;
    }

    /** The forms each plural of a pattern gives (one, other...), explicit counts (=0) left out. */
    private static List<Set<String>> plurals(MessagePattern pattern) {
        List<Set<String>> plurals = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                plurals.add(pluralForms(pattern, i));
            }
        }
        return plurals;
    }

    /** The forms a plural starting at part {@code start} gives, its sub-messages' own plurals left out. */
    private static Set<String> pluralForms(MessagePattern pattern, int start) {
        Set<String> forms = new TreeSet<>();
        for (int i = start + 1; i < pattern.getLimitPartIndex(start); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            String selector = pattern.getSubstring(part);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR && !selector.startsWith("=")) {
                forms.add(selector);
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i);
            }
        }
        return forms;
    }

    private static void check(Browser who, String path, Map<String, Set<String>> found) {
        String html = who.get(path).body();
        assertThat(html).as(path).contains("<html lang=\"fr\"");
        Set<String> words = english(html);
        if (!words.isEmpty()) {
            found.put(path, words);
        }
    }

    /** The English words a page shows: its text, its title and what its labels say to screen readers. */
    private static Set<String> english(String html) {
        return english(html, ENGLISH);
    }

    private static Set<String> english(String html, List<String> english) {
        Document page = Jsoup.parse(html);
        String shown = String.join(" ", page.title(), page.text(), String.join(" ", page.select("[aria-label]")
                .eachAttr("aria-label")), String.join(" ", page.select("[data-label]").eachAttr("data-label")));
        Set<String> found = new TreeSet<>();
        for (String word : english) {
            if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(shown).find()) {
                found.add(word);
            }
        }
        return found;
    }

    private static String page(String acceptLanguage) {
        Browser browser = server.browser();
        if (acceptLanguage != null) {
            browser.speaking(acceptLanguage);
        }
        assertThat(browser.signIn("editor@testland.org", PASSWORD).status()).isEqualTo(303);
        return browser.get("/admin").body();
    }

    private static Browser signedIn(String email, String acceptLanguage) {
        Browser browser = server.browser().speaking(acceptLanguage);
        assertThat(browser.signIn(email, PASSWORD).status()).as("signing in " + email).isEqualTo(303);
        return browser;
    }

    /** A draft article of Testland's national news, written in French; its notice said so in French. */
    private static long article(String title) {
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "fr", "title", title, "excerpt", "", "body", "Un texte."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        assertThat(URLDecoder.decode(created.header("Location"), StandardCharsets.UTF_8))
                .contains("Brouillon enregistré.");
        Matcher id = Pattern.compile("/admin/articles/(\\d+)").matcher(created.header("Location"));
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The box of this item as the list shows it. */
    private static List<String> ticked(String list, long id) {
        Matcher box = Pattern.compile("name=\"item\" value=\"(" + id + ":\\d+)\"").matcher(list);
        assertThat(box.find()).as("a box for " + id).isTrue();
        return List.of(box.group(1));
    }

    private static TestServer.Page bulk(String path, String action, List<String> items) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", editor.csrf()));
        fields.add(Map.entry("action", action));
        items.forEach(item -> fields.add(Map.entry("item", item)));
        TestServer.Page done = editor.postFields(path, fields);
        assertThat(done.status()).isEqualTo(303);
        return done;
    }

    /** The languages shipped with strings of this kind ("admin", "mail"), from their files beside English's. */
    private static List<String> languages(String strings) throws IOException, URISyntaxException {
        Path folder = Path.of(BackOfficeLanguageTest.class.getClassLoader()
                .getResource("messages/" + strings + "_en.properties").toURI()).getParent();
        String prefix = strings + "_";
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".properties"))
                    .map(name -> name.substring(prefix.length(), name.length() - ".properties".length())).sorted()
                    .toList();
        }
    }

    private static Map<String, String> bundle(String name) {
        try (InputStream in = BackOfficeLanguageTest.class.getClassLoader()
                .getResourceAsStream("messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> strings = new LinkedHashMap<>();
            properties.forEach((key, value) -> strings.put(key.toString(), value.toString()));
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
