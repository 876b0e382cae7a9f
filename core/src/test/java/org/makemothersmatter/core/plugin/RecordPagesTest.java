package org.makemothersmatter.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A plugin's records in the back office, from its declaration alone (Testland's notes): listed newest first, each
 * on a page of its own, deleted after a confirmation, downloaded as a spreadsheet that runs no formula; deletions
 * and downloads audited; for the site's editors and the network's administrators only.
 */
class RecordPagesTest {

    private static final String PASSWORD = "a long and secret password";
    private static final String NOTES = "/admin/sites/testland/notes";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(new TestPlugins());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theNotesAreListedNewestFirstEachLeadingToItsPage() throws Exception {
        long first = note("A first note");
        long second = note("<b>A second</b> note");
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        assertThat(editor.get("/admin").body()).contains("<a href=\"" + NOTES + "\">Testland notes</a>");

        TestServer.Page list = editor.get(NOTES);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Testland notes – MMM Testland</h1>", "<th scope=\"col\">Note</th>",
                        "href=\"" + NOTES + ".csv\"", "&lt;b&gt;A second&lt;/b&gt; note",
                        "<caption>" + notes() + " in all, newest first</caption>")
                .doesNotContain("<b>A second");
        assertThat(list.body().indexOf(link(second))).as("newest first").isPositive()
                .isLessThan(list.body().indexOf(link(first)));

        TestServer.Page note = editor.get(NOTES + "/" + second);
        assertThat(note.status()).isEqualTo(200);
        assertThat(note.body()).contains("<h1>Note " + second + " – MMM Testland</h1>",
                "<th scope=\"row\">Note</th><td>&lt;b&gt;A second&lt;/b&gt; note</td>",
                "<a href=\"" + NOTES + "/" + second + "/delete\">Delete note " + second + "</a>",
                "<a href=\"" + NOTES + "\">Testland notes</a>");
        TestServer.Page beyond = editor.get(NOTES + "?page=1000");
        assertThat(beyond.body()).contains("None yet.", "rel=\"prev\"");
        assertThat(HtmlValidator.errors(Map.of("list", list.body(), "note", note.body(), "confirmation",
                editor.get(NOTES + "/" + second + "/delete").body(), "past the last page", beyond.body()))).isEmpty();
    }

    @Test
    void aNoteIsDeletedOnceConfirmedAndTheDeletionIsInTheAuditLog() {
        long id = note("Please delete what I sent");
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        TestServer.Page confirmation = editor.get(NOTES + "/" + id + "/delete");
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains("<h1>Delete note " + id + " – MMM Testland</h1>",
                "Please delete what I sent", "<form method=\"post\" action=\"" + NOTES + "/" + id + "/delete\">",
                "name=\"_csrf\" value=\"" + editor.csrf() + "\"", "<a href=\"" + NOTES + "/" + id + "\">Keep it</a>");
        assertThat(exists(id)).as("shown, not deleted").isTrue();

        TestServer.Page deleted = editor.post(NOTES + "/" + id + "/delete", Map.of());
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(exists(id)).isFalse();
        assertThat(editor.get(deleted.header("Location")).body()).contains("Note " + id + " deleted.");
        assertThat(audited("notes.delete", "notes " + id)).isEqualTo(1);

        assertThat(editor.post(NOTES + "/" + id + "/delete", Map.of()).status()).as("already gone").isEqualTo(404);
        assertThat(editor.get(NOTES + "/" + id).status()).isEqualTo(404);
        assertThat(audited("notes.delete", "notes " + id)).isEqualTo(1);
    }

    @Test
    void anUnknownOrMalformedNumberIsNotFoundAndDeletesNothing() {
        note("Still here");
        long before = notes();
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        for (String id : List.of("999999", "0", "-1", "abc", "1.5", "99999999999999999999")) {
            assertThat(editor.get(NOTES + "/" + id).status()).as(id).isEqualTo(404);
            assertThat(editor.get(NOTES + "/" + id + "/delete").status()).as(id).isEqualTo(404);
            editor.get(NOTES);
            assertThat(editor.post(NOTES + "/" + id + "/delete", Map.of()).status()).as(id).isEqualTo(404);
        }
        assertThat(editor.get(NOTES + "?page=none").status()).isEqualTo(400);
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void theSpreadsheetRunsNoFormula() throws IOException {
        long formula = note("=HYPERLINK(\"http://evil.example\", \"Click\")");
        long plain = note("Plain, \"quoted\" text");
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        int before = audited("notes.export", "notes");

        TestServer.Page csv = editor.get(NOTES + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"mmm-testland-notes.csv\"");
        assertThat(csv.body()).startsWith("\uFEFFID,Note\n")
                .contains("\n" + formula + ",\"'=HYPERLINK(\"\"http://evil.example\"\", \"\"Click\"\")\"\n")
                .contains("\n" + plain + ",\"Plain, \"\"quoted\"\" text\"\n");
        assertThat(rows(csv.body())).hasSize((int) notes() + 1);
        assertThat(audited("notes.export", "notes")).isEqualTo(before + 1);
    }

    @Test
    void noCellRunsAFormulaWhereverASpreadsheetSplitsTheRow() throws IOException {
        Map<String, String> neutralised = Map.of(
                "Lunch;=HYPERLINK(\"http://evil.example\";\"Click\")",
                "Lunch;'=HYPERLINK(\"http://evil.example\";\"Click\")",
                "Lunch,+SUM(1;2)", "Lunch,'+SUM(1;2)",
                "Lunch\t-2+3", "Lunch\t'-2+3",
                "Lunch\n@SUM(A1)", "Lunch\n'@SUM(A1)",
                "Lunch\r\n=1+1", "Lunch\r\n'=1+1",
                "Lunch; \"=1+1\"", "Lunch; \"'=1+1\"",
                "Lunch;\uFF1D1+1", "Lunch;'\uFF1D1+1");
        neutralised.keySet().forEach(RecordPagesTest::note);

        String csv = server.signedIn("editor@testland.org", PASSWORD).get(NOTES + ".csv").body();
        // A spreadsheet set for another separator than the file's splits where the file quotes: no piece of a row,
        // wherever it is cut, may start a formula, spaces and quotes before it left out.
        for (String separator : List.of(",", ";", "\t")) {
            csv.lines().flatMap(line -> Arrays.stream(line.split(separator)))
                    .map(piece -> piece.replaceFirst("^[\\s\"]+", ""))
                    .forEach(piece -> assertThat(piece).as("split on '%s'", separator)
                            .doesNotMatch("(?s)[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20].*"));
        }
        // Read as the file is written, each cell is the text sent, an apostrophe before each formula start.
        assertThat(rows(csv)).extracting(row -> row.get(1)).containsAll(neutralised.values());
    }

    @Test
    void otherSitesEditorsAndTheSitesTranslatorsReachNothing() {
        long id = note("For Testland's editors");
        for (String email : List.of("editor@otherland.org", "translator@testland.org")) {
            Browser browser = server.signedIn(email, PASSWORD);
            for (String path : List.of(NOTES, NOTES + "/" + id, NOTES + "/" + id + "/delete", NOTES + ".csv")) {
                assertThat(browser.get(path).status()).as(email + " " + path).isEqualTo(403);
            }
            browser.get("/admin");
            assertThat(browser.post(NOTES + "/" + id + "/delete", Map.of()).status()).as(email).isEqualTo(403);
        }
        assertThat(exists(id)).isTrue();
        assertThat(server.signedIn("admin@example.org", PASSWORD).get(NOTES + "/" + id).status())
                .as("the network's administrator").isEqualTo(200);
        assertThat(server.get(NOTES + "/" + id).status()).as("signed out").isEqualTo(303);
    }

    @Test
    void aDeletionWithoutTheSessionsTokenIsRefused() {
        long id = note("Not without the form");
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        editor.get(NOTES + "/" + id + "/delete");
        assertThat(editor.postRaw(NOTES + "/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(editor.postRaw(NOTES + "/" + id + "/delete", Map.of("_csrf", "forged")).status()).isEqualTo(403);
        assertThat(server.signedIn("admin@example.org", PASSWORD).postRaw(NOTES + "/" + id + "/delete",
                Map.of("_csrf", editor.csrf())).status()).as("another session's token").isEqualTo(403);
        assertThat(exists(id)).isTrue();
        assertThat(audited("notes.delete", "notes " + id)).isZero();
    }

    /** The rows of a CSV file as a spreadsheet set for it reads them. */
    private static List<List<String>> rows(String csv) throws IOException {
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv.replaceFirst("^\uFEFF", ""))) {
            return rows.readAll();
        }
    }

    /** A note as a visitor sends it, and its number. */
    private static long note(String text) {
        server.instance(TestPlugins.NoteDao.class).insert(text);
        return jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM plugin_testland.testland_note")
                .mapTo(Long.class).one());
    }

    private static String link(long id) {
        return "<a href=\"" + NOTES + "/" + id + "\">" + id + "</a>";
    }

    private static long notes() {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plugin_testland.testland_note")
                .mapTo(Long.class).one());
    }

    private static boolean exists(long id) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plugin_testland.testland_note WHERE id = :id")
                .bind("id", id).mapTo(Long.class).one()) > 0;
    }

    /** How often the audit log has this action on this item of Testland, by the account that did it. */
    private static int audited(String action, String target) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_event WHERE action = :action "
                        + "AND target = :target AND site = 'testland' AND actor = 'editor@testland.org'")
                .bind("action", action).bind("target", target).mapTo(Integer.class).one());
    }

    private static Jdbi jdbi() {
        return server.instance(Jdbi.class);
    }
}
