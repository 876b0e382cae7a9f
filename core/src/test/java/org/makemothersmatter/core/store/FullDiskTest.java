package org.makemothersmatter.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The database on a small file system of its own that fills up while an editor saves: no save is
 * acknowledged that was not written, the editor is told and keeps the text, and saving works again by itself
 * once there is room. Mounting the file system needs the rights CI has (root); elsewhere the test is skipped.
 */
class FullDiskTest {

    private static final String PASSWORD = "a long and secret password";
    private static final Pattern SAVED_TITLE = Pattern.compile("Saved (\\d+)");

    @TempDir
    Path folder;
    private Path disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = folder.resolve("disk");
        Files.createDirectories(disk);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString()) == 0,
                "mounting a small file system needs root");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", "-l", disk.toString());
    }

    @Test
    void aFullDiskLosesNoAcknowledgedSaveAndTheSiteRecoversWhenThereIsRoomAgain() throws Exception {
        DatabaseSettings database = new DatabaseSettings("jdbc:h2:file:" + disk.resolve("mmm"), "sa", "");
        List<Integer> acknowledged = new ArrayList<>();
        long id;
        try (TestServer server = TestServer.start(database, TestSites.module())) {
            TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
            Browser editor = server.signedIn("editor@testland.org", PASSWORD);
            id = create(editor);
            int save = 0;
            while (save < 3) {
                save++;
                assertThat(save(editor, id, save).status()).isEqualTo(303);
                acknowledged.add(save);
            }
            Path filler = disk.resolve("filler");
            fill(filler);

            int refused = 0;
            while (refused < 5 && save < 2_003) {
                save++;
                TestServer.Page answer = save(editor, id, save);
                if (answer.status() == 303) {
                    acknowledged.add(save);
                } else {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                    assertThat(answer.body()).as("the editor is told, and the text is kept in the form")
                            .contains("Not saved", "Saved " + save + " words");
                    refused++;
                }
            }
            assertThat(refused).as("saves refused once the disk is full").isEqualTo(5);

            Files.delete(filler);
            TestServer.Page again = null;
            for (int attempt = 0; attempt < 10 && (again == null || again.status() != 303); attempt++) {
                save++;
                again = save(editor, id, save);
                if (again.status() == 303) {
                    acknowledged.add(save);
                }
            }
            assertThat(again.status()).as("saving works again once there is room").isEqualTo(303);
            assertThat(server.get("/testland/en/").status()).isEqualTo(200);
        }

        try (TestServer restarted = TestServer.start(database, TestSites.module())) {
            List<Integer> kept = restarted.instance(Jdbi.class).withHandle(h -> h.createQuery(
                    "SELECT body_markdown FROM article_revision WHERE article_id = :id").bind("id", id)
                    .mapTo(String.class).list()).stream().map(SAVED_TITLE::matcher).filter(Matcher::find)
                    .map(m -> Integer.parseInt(m.group(1))).toList();
            assertThat(kept).as("every acknowledged save, after a restart").containsAll(acknowledged);
            long audited = restarted.instance(Jdbi.class).withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_event WHERE action = 'article.save' AND target = :target")
                    .bind("target", "article " + id).mapTo(Long.class).one());
            assertThat(audited).as("each with its audit row").isEqualTo(acknowledged.size());
            System.out.printf("Full disk: %d saves acknowledged, all %d found after a restart with their audit rows;"
                    + " 5 refused with 503 while the disk was full%n", acknowledged.size(), kept.size());
        }
    }

    private static long create(Browser editor) {
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", "Filling the disk", "excerpt", "", "body", "First text."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/articles/(\\d+)"));
    }

    private static TestServer.Page save(Browser editor, long id, int n) {
        String edit = editor.get("/admin/articles/" + id + "?lang=en").body();
        return editor.post("/admin/articles/" + id + "/text/en", Map.of(
                "version", Matches.last(edit, "name=\"version\" value=\"(\\d+)\""),
                "title", "Filling the disk", "slug", "", "excerpt", "",
                "body", "Saved " + n + " " + "words of a long article. ".repeat(200)));
    }

    /** Writes to {@code file} until the file system has no room left. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on the device: what the test wants.
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
