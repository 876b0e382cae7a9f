package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.backup.BackupCommand;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A backup taken through the running site while it keeps writing restores, into an empty data directory, every
 * table as of one moment: the tables nobody wrote to as they are, and the one being written up to a transaction
 * committed whole, never half of one.
 */
class BackupRoundTripTest {

    private static final String WRITTEN = "AUDIT_EVENT";

    @TempDir
    Path folder;

    @Test
    void aBackupTakenWhileTheSiteWritesRestoresEveryTableAsOfOneMoment() throws Exception {
        DatabaseSettings live = database("live/mmm");
        DatabaseSettings restored = database("restored/data/mmm");
        Path zip = folder.resolve("backup.zip");
        long image;
        try (TestServer server = TestServer.start(live, new NetworkSite())) {
            image = uploadImage(server);
            Writer writer = new Writer(server.instance(Jdbi.class));
            writer.start();
            writer.awaitCommitted(20);
            long committedBefore = writer.committed.get();
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            assertThat(BackupCommand.run(BackupCommand.BACKUP, List.of(zip.toString()), live, print(said),
                    System.err)).isZero();
            long committedAfter = writer.committed.get();
            writer.stopWriting();
            assertThat(said.toString(StandardCharsets.UTF_8)).startsWith("Backup written by the running site: " + zip);

            assertThat(BackupCommand.run(BackupCommand.RESTORE, List.of(zip.toString()), restored, System.out,
                    System.err)).isZero();
            try (DatabaseTables source = DatabaseTables.of(server.instance(Jdbi.class));
                 DatabaseTables copy = DatabaseTables.of(restored)) {
                assertThat(copy.names()).isEqualTo(source.names()).contains(WRITTEN);
                assertThat(copy.columns()).isEqualTo(source.columns());
                assertThat(copy.indexes()).isEqualTo(source.indexes());
                for (String table : source.names()) {
                    if (!table.equals(WRITTEN)) {
                        assertThat(copy.rows(table)).as(table).containsExactlyInAnyOrderElementsOf(source.rows(table));
                    }
                }

                List<Map<String, Object>> written = copy.rows(WRITTEN);
                long last = written.stream().mapToLong(row -> (Long) row.get("id")).max().orElseThrow();
                assertThat(written).as("the written table up to its last row in the backup")
                        .containsExactlyInAnyOrderElementsOf(source.rows(WRITTEN).stream()
                                .filter(row -> (Long) row.get("id") <= last).toList());
                long pairs = written.stream().filter(row -> row.get("action").equals(Writer.ACTION)).count();
                assertThat(pairs % 2).as("never half a transaction").isZero();
                // Committed before the backup started: in it; committed once it ended: not. One more may have been
                // committed before the backup's moment but counted after it ended.
                assertThat(pairs / 2).isBetween(committedBefore, committedAfter + 1);
            }
        }

        try (TestServer server = TestServer.start(restored, new NetworkSite())) {
            assertThat(server.get("/media/" + image + "/400").status()).as("the restored site serves").isEqualTo(200);
        }
    }

    /** An image of a few megabytes, its variants as well, so that the backup takes some time. */
    private static long uploadImage(TestServer server) throws IOException {
        Account admin = server.instance(Accounts.class).create("backup@example.org", "Backup", Role.NETWORK_ADMIN,
                Set.of(), "a password long enough");
        BufferedImage noise = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", png);
        return server.instance(Images.class).upload(admin, server.instance(Sites.class).network().code(), "Noise",
                new ByteArrayInputStream(png.toByteArray()));
    }

    private DatabaseSettings database(String name) {
        return new DatabaseSettings("jdbc:h2:file:" + folder.resolve(name) + ";AUTO_SERVER=FALSE", "sa", "");
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    /** Records audit events two at a time, each pair in one transaction, until stopped. */
    private static final class Writer extends Thread {

        static final String ACTION = "backup.test";

        private final Jdbi jdbi;
        private final AtomicBoolean stopped = new AtomicBoolean();
        final AtomicLong committed = new AtomicLong();

        Writer(Jdbi jdbi) {
            super("writer");
            this.jdbi = jdbi;
        }

        @Override
        public void run() {
            while (!stopped.get()) {
                long pair = committed.get() + 1;
                jdbi.useTransaction(handle -> {
                    AuditLog.Dao dao = handle.attach(AuditLog.Dao.class);
                    dao.insert(Instant.now(), null, "writer", ACTION, null, "pair " + pair, "first", null);
                    dao.insert(Instant.now(), null, "writer", ACTION, null, "pair " + pair, "second", null);
                });
                committed.incrementAndGet();
            }
        }

        void awaitCommitted(long pairs) throws InterruptedException {
            while (committed.get() < pairs && isAlive()) {
                Thread.sleep(5);
            }
            assertThat(committed.get()).as("pairs written").isGreaterThanOrEqualTo(pairs);
        }

        void stopWriting() throws InterruptedException {
            stopped.set(true);
            join();
        }
    }
}
