package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder or a database the server cannot use stops the start with one line saying which and why. */
class StorageAtStartTest {

    @TempDir
    Path folder;

    @Test
    void aDataFolderThatIsAFile() throws Exception {
        Files.writeString(folder.resolve("data"), "not a folder");

        assertThat(refusal(folder.resolve("data/mmm"))).isEqualTo("Cannot start: The data folder "
                + folder.resolve("data") + " cannot be used: it is a file, not a folder.");
    }

    @Test
    void aDataFolderThatCannotBeCreated() throws Exception {
        Files.writeString(folder.resolve("file"), "in the way");

        assertThat(refusal(folder.resolve("file/data/mmm"))).startsWith("Cannot start: The data folder "
                + folder.resolve("file/data") + " cannot be used: ").contains(folder.resolve("file").toString());
    }

    @Test
    void aReadOnlyDataFolder() throws Exception {
        Path readOnly = Files.createDirectories(folder.resolve("read-only"));
        // Root writes through permissions, so as root the folder is a read-only file system instead.
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", readOnly.toString())
                .start().waitFor() == 0;
        if (!mounted) {
            assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
            Assumptions.assumeFalse(readOnly.toFile().canWrite()
                    && Files.deleteIfExists(Files.createTempFile(readOnly, "probe", null)),
                    "a read-only folder needs a mount, or a user other than root");
        }
        try {
            assertThat(refusal(readOnly.resolve("mmm"))).startsWith("Cannot start: The data folder " + readOnly
                    + " cannot be used: ");
        } finally {
            if (mounted) {
                new ProcessBuilder("umount", readOnly.toString()).start().waitFor();
            }
        }
    }

    @Test
    void aDatabaseAnotherServerHasOpen() throws Exception {
        Path database = folder.resolve("data/mmm");
        try (Connection other = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
            assertThat(refusal(database)).startsWith("Cannot start: Cannot open the database jdbc:h2:file:"
                    + database + ": Database may be already in use");
        }
    }

    /** What the server says when started on this database: one line, and exit code 2. */
    private static String refusal(Path database) throws Exception {
        Process process = StartupSettingsTest.start(Map.of("DATABASE_URL", "jdbc:h2:file:" + database));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(errors).isEqualTo(2);
        assertThat(errors.lines()).as(errors).hasSize(1);
        return errors.strip();
    }
}
