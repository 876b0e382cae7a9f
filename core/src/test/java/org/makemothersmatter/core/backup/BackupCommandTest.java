package org.makemothersmatter.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.store.DatabaseSettings;

/** The backup and restore commands on a stopped site: what they write, and what they refuse, in one line. */
class BackupCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aStoppedSiteIsBackedUpToAnOwnerOnlyFileAndRestoredIntoANewDataDirectory() throws IOException {
        DatabaseSettings live = existing("live/mmm");
        Path zip = folder.resolve("backup.zip");
        assertThat(run(BackupCommand.BACKUP, live, zip)).isZero();
        assertThat(said()).isEqualTo("Backup written: " + zip + " (" + Files.size(zip)
                + " bytes); the site was not running.");
        assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("live", "backup.zip");

        DatabaseSettings restored = file("restored/data/mmm");
        out.reset();
        assertThat(run(BackupCommand.RESTORE, restored, zip)).isZero();
        assertThat(said()).isEqualTo("Restored " + zip + " into " + folder.resolve("restored/data/mmm")
                + " (0 tables); the next start brings them up to date.");
        assertThat(folder.resolve("restored/data/mmm.mv.db")).isRegularFile();
    }

    @Test
    void aBackupNeverReplacesAFile() throws IOException {
        Path zip = Files.writeString(folder.resolve("backup.zip"), "an earlier backup");
        assertThat(run(BackupCommand.BACKUP, existing("mmm"), zip)).isEqualTo(2);
        assertThat(complaint()).isEqualTo("No backup written: " + zip + " exists already: choose another name.");
        assertThat(zip).hasContent("an earlier backup");
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("mmm.mv.db", "backup.zip");
    }

    @Test
    void aBackupNeedsADatabaseAndAFolder() {
        assertThat(run(BackupCommand.BACKUP, file("none/mmm"), folder.resolve("backup.zip"))).isEqualTo(2);
        assertThat(complaint()).isEqualTo("No backup written: no database at " + folder.resolve("none/mmm.mv.db")
                + ".");
        assertThat(folder.resolve("none")).doesNotExist();
        err.reset();
        assertThat(run(BackupCommand.BACKUP, existing("mmm"), folder.resolve("none/backup.zip"))).isEqualTo(2);
        assertThat(complaint()).isEqualTo("No backup written: no folder " + folder.resolve("none") + ".");
    }

    @Test
    void aRestoreNeverReplacesADatabase() throws IOException {
        Path zip = backupOf(existing("live/mmm"));
        DatabaseSettings target = existing("data/mmm");
        byte[] before = Files.readAllBytes(folder.resolve("data/mmm.mv.db"));
        assertThat(run(BackupCommand.RESTORE, target, zip)).isEqualTo(2);
        assertThat(complaint()).isEqualTo("Nothing restored: a database exists already at "
                + folder.resolve("data/mmm.mv.db") + ": restore only into a data directory without one.");
        assertThat(folder.resolve("data/mmm.mv.db")).hasBinaryContent(before);
    }

    @Test
    void aRestoreNeedsAZipHoldingADatabase() throws IOException {
        DatabaseSettings target = file("data/mmm");
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a backup");
        assertThat(run(BackupCommand.RESTORE, target, text)).isEqualTo(2);
        assertThat(complaint()).isEqualTo("Nothing restored: " + text + " is not a backup: it is not a zip file.");

        Path other = folder.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not a database".getBytes(StandardCharsets.UTF_8));
        }
        err.reset();
        assertThat(run(BackupCommand.RESTORE, target, other)).isEqualTo(2);
        assertThat(complaint()).isEqualTo("Nothing restored: " + other + " holds no H2 database.");

        err.reset();
        assertThat(run(BackupCommand.RESTORE, target, folder.resolve("missing.zip"))).isEqualTo(2);
        assertThat(complaint()).isEqualTo("Nothing restored: no file " + folder.resolve("missing.zip") + ".");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void aRestoreThatCannotBeOpenedLeavesNoDatabase() throws IOException {
        Path zip = backupOf(existing("live/mmm"));
        DatabaseSettings wrongPassword = new DatabaseSettings(file("data/mmm").jdbcUrl(), "sa", "not this one");
        assertThat(run(BackupCommand.RESTORE, wrongPassword, zip)).isEqualTo(2);
        assertThat(complaint()).startsWith("Nothing restored: the restored database does not open: Wrong user name"
                + " or password");
        assertThat(folder.resolve("data/mmm.mv.db")).doesNotExist();
    }

    @Test
    void onlyTheEmbeddedDatabaseIsBackedUpOrRestored() {
        for (String url : List.of("jdbc:h2:mem:backups", "jdbc:h2:tcp://localhost/mmm",
                "jdbc:postgresql://localhost/mmm")) {
            for (String command : List.of(BackupCommand.BACKUP, BackupCommand.RESTORE)) {
                err.reset();
                assertThat(run(command, new DatabaseSettings(url, "sa", ""), folder.resolve("b.zip"))).isEqualTo(2);
                assertThat(complaint()).endsWith("backup and restore are for the embedded H2 database"
                        + " (DATABASE_URL jdbc:h2:file:...); DATABASE_URL names another database.");
            }
        }
    }

    @Test
    void theUsageIsGivenForMissingOrExtraArguments() {
        assertThat(BackupCommand.run(BackupCommand.BACKUP, List.of(), file("mmm"), print(out), print(err)))
                .isEqualTo(2);
        assertThat(complaint()).isEqualTo("Usage: java -jar sites/network/target/mmm-network.jar backup <file.zip>");
    }

    /** An embedded database that exists, created empty. */
    private DatabaseSettings existing(String name) {
        DatabaseSettings settings = file(name);
        try (Handle opened = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password()).open()) {
            return settings;
        }
    }

    private DatabaseSettings file(String name) {
        return new DatabaseSettings("jdbc:h2:file:" + folder.resolve(name) + ";AUTO_SERVER=FALSE", "sa", "");
    }

    private Path backupOf(DatabaseSettings database) {
        Path zip = folder.resolve("backup.zip");
        assertThat(run(BackupCommand.BACKUP, database, zip)).isZero();
        return zip;
    }

    private int run(String command, DatabaseSettings database, Path zip) {
        return BackupCommand.run(command, List.of(zip.toString()), database, print(out), print(err));
    }

    private static PrintStream print(OutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String complaint() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }
}
