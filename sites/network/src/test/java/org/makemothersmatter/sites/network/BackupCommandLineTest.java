package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.store.DatabaseSettings;

/**
 * The runnable jar's {@code backup} and {@code restore}, each in a process of its own as an operator runs them:
 * while the site runs in another process (which holds the database locked), and once it is stopped.
 */
class BackupCommandLineTest {

    @TempDir
    Path folder;

    @Test
    void theSiteIsBackedUpWhileItRunsAndOnceStoppedAndEachBackupRestoresEveryTable() throws Exception {
        String live = url("live/mmm");
        Process site = command(live, List.of()).redirectError(folder.resolve("site.log").toFile()).start();
        try {
            awaitServing(site);
            Result running = run(live, "backup", folder.resolve("running.zip"));
            assertThat(running.status()).as(running.toString()).isZero();
            assertThat(running.out())
                    .startsWith("Backup written by the running site: " + folder.resolve("running.zip"));
        } finally {
            site.destroy();
            assertThat(site.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(folder.resolve("live/mmm.control")).as("removed when the site stops").doesNotExist();

        Result stopped = run(live, "backup", folder.resolve("stopped.zip"));
        assertThat(stopped.status()).as(stopped.toString()).isZero();
        assertThat(stopped.out()).isEqualTo("Backup written: " + folder.resolve("stopped.zip") + " ("
                + folder.resolve("stopped.zip").toFile().length() + " bytes); the site was not running.");

        for (String backup : List.of("running", "stopped")) {
            String restored = url(backup + "/data/mmm");
            Result restore = run(restored, "restore", folder.resolve(backup + ".zip"));
            assertThat(restore.status()).as(restore.toString()).isZero();
            assertThat(restore.out()).startsWith("Restored " + folder.resolve(backup + ".zip"));
            try (DatabaseTables source = DatabaseTables.of(settings(live));
                 DatabaseTables copy = DatabaseTables.of(settings(restored))) {
                assertThat(copy.names()).isEqualTo(source.names());
                assertThat(copy.columns()).isEqualTo(source.columns());
                assertThat(copy.indexes()).isEqualTo(source.indexes());
                for (String table : source.names()) {
                    assertThat(copy.rows(table)).as(backup + ": " + table)
                            .containsExactlyInAnyOrderElementsOf(source.rows(table));
                }
            }
        }

        Result again = run(url("stopped/data/mmm"), "restore", folder.resolve("running.zip"));
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).as("one line, no stack trace").isEqualTo("Nothing restored: a database exists"
                + " already at " + folder.resolve("stopped/data/mmm.mv.db")
                + ": restore only into a data directory without one.");
    }

    private String url(String database) {
        return "jdbc:h2:file:" + folder.resolve(database) + ";AUTO_SERVER=FALSE";
    }

    private static DatabaseSettings settings(String url) {
        return new DatabaseSettings(url, "sa", "");
    }

    /** The site's main class in a process of its own, over the database given. */
    private static ProcessBuilder command(String databaseUrl, List<String> args) {
        ProcessBuilder builder = MainProcess.of(args);
        builder.environment().put("DATABASE_URL", databaseUrl);
        return builder;
    }

    private static void awaitServing(Process site) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(site.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); ; line = out.readLine()) {
            assertThat(line).as("the site's output until it serves").isNotNull();
            if (line.startsWith("Make Mothers Matter network site on port")) {
                return;
            }
        }
    }

    private static Result run(String databaseUrl, String command, Path zip) throws Exception {
        Process process = command(databaseUrl, List.of(command, zip.toString())).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    private record Result(int status, String out, String err) {
    }
}
