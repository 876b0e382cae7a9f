package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The lists of the back office as an editor uses them: text search and order, actions on the rows ticked, and the
 * trash, from which items are restored or, once confirmed, deleted for good. Boxes are ticked as the list shows them.
 */
class ListsAndTrashTest extends TestlandTeam {

    private static final Pattern ROW = Pattern.compile(
            "name=\"item\" value=\"(\\d+:\\d+)\"[^>]*>\\s*<a href=\"/admin/(?:articles|pages)/(\\d+)\"");

    @Test
    void aSearchFindsTitlesInAnyCaseAndTakesItsWildcardsLiterally() {
        String word = unique();
        long lantern = draft("The " + word + " lantern");
        long other = draft("Another " + word);
        String found = editor.get("/admin/articles?q=" + word.toUpperCase() + "+LANTERN").body();
        assertThat(ids(found)).contains(lantern).doesNotContain(other);
        assertThat(found).contains("value=\"" + word.toUpperCase() + " LANTERN\"");
        assertThat(ids(editor.get("/admin/articles?q=%25" + word).body())).as("% is a character, not any text")
                .isEmpty();
        assertThat(editor.get("/admin/articles?q=" + "x".repeat(201)).status()).isEqualTo(400);
        assertThat(ids(editor.get("/admin/articles?q=" + word + "&sort=title").body()))
                .containsExactly(other, lantern);
        assertThat(editor.get("/admin/articles?sort=sideways").status()).isEqualTo(400);
    }

    @Test
    void theTickedRowsArePublishedAndOneChangedSinceIsLeftAsItWas() {
        String word = unique();
        long first = draft(word + " one");
        long second = draft(word + " two");
        List<String> ticked = ticked(editor.get("/admin/articles?q=" + word).body());
        assertThat(ticked).hasSize(2);
        TestServer.Page done = bulk("/admin/articles", "publish", ticked);
        assertThat(done.status()).isEqualTo(303);
        assertThat(editor.get(done.header("Location")).body()).contains("Published: 2 articles.");
        assertThat(status(first)).isEqualTo("published");
        assertThat(status(second)).isEqualTo("published");

        TestServer.Page stale = bulk("/admin/articles", "unpublish", ticked);
        assertThat(editor.get(stale.header("Location")).body()).as("the versions listed are no longer theirs")
                .contains("Back to draft: 0 articles; 2 left as they were");
        assertThat(status(first)).isEqualTo("published");
    }

    @Test
    void theTrashRestoresAndDeletesForGoodOnlyOnceConfirmed() {
        String word = unique();
        long kept = draft(word + " kept");
        long gone = draft(word + " gone");
        bulk("/admin/articles", "trash", ticked(editor.get("/admin/articles?q=" + word).body()));
        assertThat(ids(editor.get("/admin/articles?q=" + word).body())).isEmpty();
        String trash = editor.get("/admin/articles/trash").body();
        assertThat(ids(trash)).contains(kept, gone);
        assertThat(trash).contains("href=\"/admin/articles/trash/empty\"", "href=\"/admin/pages/trash\"");

        bulk("/admin/articles/trash", "restore", ticked(trash).stream().filter(t -> t.startsWith(kept + ":")).toList());
        assertThat(status(kept)).isEqualTo("draft");

        String asked = bulk("/admin/articles/trash", "delete", ticked(editor.get("/admin/articles/trash").body())
                .stream().filter(t -> t.startsWith(gone + ":")).toList()).body();
        assertThat(asked).as("a confirmation, not yet a deletion").contains("Delete 1 article for good", word + " gone");
        assertThat(editor.get("/admin/articles/" + gone).status()).isEqualTo(200);
        List<String> confirmed = new ArrayList<>();
        Matcher value = Pattern.compile("name=\"item\" value=\"([^\"]+)\"").matcher(asked);
        while (value.find()) {
            confirmed.add(value.group(1));
        }
        TestServer.Page deleted = bulk("/admin/articles/delete", null, confirmed);
        assertThat(editor.get(deleted.header("Location")).body()).contains("Deleted for good: 1 article.");
        assertThat(editor.get("/admin/articles/" + gone).status()).isEqualTo(404);
    }

    @Test
    void emptyingTheTrashListsWhatItDeletes() {
        long trashed = draft(unique() + " in the trash");
        bulk("/admin/articles", "trash", ticked(editor.get("/admin/articles").body()).stream()
                .filter(t -> t.startsWith(trashed + ":")).toList());
        String asked = editor.get("/admin/articles/trash/empty").body();
        assertThat(asked).contains("for good", "value=\"" + trashed + ":");
        assertThat(translator.get("/admin/articles/trash/empty").status()).isEqualTo(403);
    }

    @Test
    void aTranslatorTicksNothingAndABadFormIsRefused() {
        draft(unique() + " seen by a translator");
        assertThat(translator.get("/admin/articles").body()).doesNotContain("name=\"item\"", "name=\"action\"");
        editor.get("/admin/articles");
        assertThat(editor.post("/admin/articles/bulk", Map.of("action", "publish", "item", "twelve")).status())
                .isEqualTo(400);
        assertThat(editor.post("/admin/articles/bulk", Map.of("action", "burn", "item", "1:1")).status())
                .isEqualTo(400);
        assertThat(editor.postRaw("/admin/articles/bulk", Map.of("action", "publish", "item", "1:1")).status())
                .as("without the form's token").isEqualTo(403);
    }

    private static TestServer.Page bulk(String path, String action, List<String> items) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", editor.csrf()));
        if (action != null) {
            fields.add(Map.entry("action", action));
        }
        items.forEach(item -> fields.add(Map.entry("item", item)));
        return editor.postFields(path.endsWith("/delete") ? path : path.replaceAll("/trash$", "") + "/bulk", fields);
    }

    private static String status(long id) {
        Matcher status = Pattern.compile("class=\"status\">([a-z]+)").matcher(
                editor.get("/admin/articles/" + id).body());
        assertThat(status.find()).isTrue();
        return status.group(1);
    }

    private static List<String> ticked(String list) {
        List<String> values = new ArrayList<>();
        Matcher row = ROW.matcher(list);
        while (row.find()) {
            values.add(row.group(1));
        }
        return values;
    }

    private static List<Long> ids(String list) {
        List<Long> ids = new ArrayList<>();
        Matcher row = ROW.matcher(list);
        while (row.find()) {
            ids.add(Long.parseLong(row.group(2)));
        }
        return ids;
    }

}
