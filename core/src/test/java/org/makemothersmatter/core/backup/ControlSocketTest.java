package org.makemothersmatter.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.store.DatabaseSettings;

/** The socket the running site takes backup requests on: its owner's only, and gone when the site stops. */
class ControlSocketTest {

    @TempDir
    Path folder;

    @Test
    void theSocketBesideTheDatabaseTakesBackupRequestsUntilTheSiteStops() throws IOException {
        Path database = folder.resolve("mmm");
        Path socket = folder.resolve("mmm.control");
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:" + database, "sa", "");
        Jdbi jdbi = Jdbi.create(settings.jdbcUrl(), "sa", "").installPlugin(new SqlObjectPlugin());
        try (Handle open = jdbi.open()) {
            // A socket left by a site that was killed is replaced.
            ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket)).close();
            assertThat(ControlSocket.askBackup(database, folder.resolve("before.zip"))).isEmpty();

            ControlSocket control = new ControlSocket(settings, new Backups(jdbi));
            control.start();
            assertThat(Files.getPosixFilePermissions(socket)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            Path zip = folder.resolve("backup.zip");
            assertThat(ControlSocket.askBackup(database, zip)).contains(Files.size(zip));
            assertThatThrownBy(() -> ControlSocket.askBackup(database, zip)).isInstanceOf(BackupException.class)
                    .hasMessage(zip + " exists already: choose another name.");
            assertThat(ask(socket, "backup relative.zip"))
                    .isEqualTo("error the backup's path must be absolute: relative.zip");
            assertThat(ask(socket, "restore " + zip))
                    .isEqualTo("error unknown request: only 'backup <absolute path>' is understood.");

            control.stop();
            assertThat(socket).doesNotExist();
            assertThat(ControlSocket.askBackup(database, folder.resolve("after.zip"))).isEmpty();
            assertThat(folder.resolve("after.zip")).doesNotExist();
        }
    }

    private static String ask(Path socket, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8)));
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
