package org.makemothersmatter.core.backup;

import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the backup command reaches the running server, which alone can read the embedded database while it
 * holds it open (locked). A Unix domain socket beside the database file ({@code ./data/mmm.control} for
 * {@code ./data/mmm}), open to its owner only, takes one request a connection, one line each way:
 * {@code backup <absolute path>}, answered {@code ok <bytes>} or {@code error <reason>}. Nothing listens on
 * the network.
 */
public final class ControlSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ControlSocket.class);
    private static final int MAX_LINE = 4096;

    private final DatabaseSettings settings;
    private final Backups backups;
    private ServerSocketChannel channel;
    private Path path;

    @Inject
    public ControlSocket(DatabaseSettings settings, Backups backups) {
        this.settings = settings;
        this.backups = backups;
    }

    /**
     * Listens, for an embedded database the server has opened; a socket that cannot be made is logged and the
     * site serves on, to be backed up once stopped.
     */
    public void start() {
        Optional<Path> database = settings.h2File();
        if (database.isEmpty()) {
            return;
        }
        path = beside(database.get());
        try {
            // This server holds the database locked, so a socket already there was left by one killed before it
            // could remove it, and no one answers on it.
            Files.deleteIfExists(path);
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            LOG.error("No control socket at {} ({}): backups need the site stopped", path, e.getMessage());
            stop();
            return;
        }
        Thread thread = new Thread(this::serve, "control-socket");
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        try {
            if (channel != null) {
                channel.close();
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Control socket {} not removed: {}", path, e.getMessage());
        }
    }

    /**
     * Asks the server listening beside the database for a backup to target (an absolute path); returns the
     * backup's size, or empty when no server listens there.
     */
    static Optional<Long> askBackup(Path database, Path target) throws IOException {
        Path socket = beside(database);
        SocketChannel server;
        try {
            server = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (ConnectException e) {
            // A socket left by a server that was killed: the site is stopped.
            return Optional.empty();
        } catch (SocketException e) {
            if (Files.notExists(socket)) {
                return Optional.empty();
            }
            throw new BackupException("cannot reach the running site at " + socket + ": " + e.getMessage());
        }
        try (server) {
            server.write(ByteBuffer.wrap(("backup " + target + "\n").getBytes(StandardCharsets.UTF_8)));
            String answer = readLine(Channels.newInputStream(server));
            if (answer.startsWith("ok ")) {
                return Optional.of(Long.parseLong(answer.substring(3)));
            }
            throw new BackupException(answer.startsWith("error ") ? answer.substring(6)
                    : "the site answered the backup request with '" + answer + "'.");
        }
    }

    static Path beside(Path database) {
        return database.resolveSibling(database.getFileName() + ".control");
    }

    /** One connection after the other: backups are written one at a time. */
    private void serve() {
        while (true) {
            try (SocketChannel client = channel.accept()) {
                String answer = fromOwner(client) ? answer(readLine(Channels.newInputStream(client)))
                        : "error only the site's own user may ask for a backup.";
                client.write(ByteBuffer.wrap((answer + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (ClosedChannelException stopped) {
                return;
            } catch (IOException | RuntimeException e) {
                // One bad request must not end the listening.
                LOG.warn("Control socket request failed: {}", e.toString());
            }
        }
    }

    /**
     * Whether the client runs as the user the socket belongs to: the file's permissions say so too, but only
     * from the moment they are set, just after the socket is made.
     */
    private boolean fromOwner(SocketChannel client) throws IOException {
        if (!client.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
            return true;
        }
        UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return peer.user().getName().equals(Files.getOwner(path).getName());
    }

    private String answer(String request) {
        try {
            if (!request.startsWith("backup ")) {
                throw new BackupException("unknown request: only 'backup <absolute path>' is understood.");
            }
            Path target = Path.of(request.substring("backup ".length()));
            if (!target.isAbsolute()) {
                throw new BackupException("the backup's path must be absolute: " + target);
            }
            long bytes = backups.backup(target);
            LOG.info("Backup written to {} ({} bytes)", target, bytes);
            return "ok " + bytes;
        } catch (BackupException | InvalidPathException e) {
            LOG.warn("Backup request '{}' refused: {}", request, e.getMessage());
            return "error " + e.getMessage();
        }
    }

    private static String readLine(InputStream stream) throws IOException {
        InputStream in = new BufferedInputStream(stream);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (line.size() == MAX_LINE) {
                throw new IOException("a line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
