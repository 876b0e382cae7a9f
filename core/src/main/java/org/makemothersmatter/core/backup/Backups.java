package org.makemothersmatter.core.backup;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.h2.tools.Restore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.makemothersmatter.core.store.DatabaseSettings;

/**
 * Backups of the embedded H2 database, and their restore. A backup is one zip of the whole database (content,
 * accounts, sessions, images, the plugins' tables), consistent as of one moment although the site goes on
 * serving while it is written.
 */
public final class Backups {

    private final Jdbi jdbi;

    /** Backups of the database the server has open. */
    @Inject
    public Backups(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Backups of an embedded database no server has open: it is opened for each backup, as it is. */
    public static Backups ofStopped(DatabaseSettings settings) {
        Path data = DatabaseSettings.h2DataFile(embedded(settings));
        if (!Files.exists(data)) {
            throw new BackupException("no database at " + data + ".");
        }
        return new Backups(open(settings));
    }

    /** Writes a backup to target, which must not exist yet; returns its size in bytes. */
    public long backup(Path target) {
        if (Files.exists(target)) {
            throw taken(target);
        }
        Path folder = target.toAbsolutePath().getParent();
        try {
            // Written under another name beside it, then renamed: a backup cut short never bears the name.
            // The file is its owner's only, as it holds the accounts' password hashes.
            Path partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
            try {
                jdbi.useExtension(BackupDao.class, dao -> dao.backupTo(partial.toString()));
                try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    file.force(true);
                }
                Files.move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Files.size(target);
        } catch (FileAlreadyExistsException e) {
            throw taken(target);
        } catch (NoSuchFileException e) {
            throw new BackupException("no folder " + folder + ".");
        } catch (IOException e) {
            throw new BackupException("cannot write " + target + ": " + e.getMessage());
        } catch (JdbiException e) {
            throw new BackupException(reason(e));
        }
    }

    /**
     * Restores a backup as the embedded database of the settings, into a data directory that holds no database
     * (created if needed), then opens it once to check it; returns how many tables it holds. The next start
     * brings its tables up to date, as after any upgrade.
     */
    public static int restore(DatabaseSettings settings, Path zip) {
        Path file = embedded(settings);
        Path data = DatabaseSettings.h2DataFile(file);
        if (Files.exists(data)) {
            throw new BackupException("a database exists already at " + data
                    + ": restore only into a data directory without one.");
        }
        requireDatabaseIn(zip);
        try {
            Restore.execute(zip.toString(), file.toAbsolutePath().getParent().toString(),
                    file.getFileName().toString());
        } catch (DbException e) {
            throw undone(data, reason(e));
        }
        try (Handle handle = open(settings).open()) {
            return handle.attach(BackupDao.class).tables();
        } catch (JdbiException e) {
            throw undone(data, "the restored database does not open: " + reason(e));
        }
    }

    /** Removes what a failed restore wrote, so that the data directory can take another. */
    private static BackupException undone(Path data, String reason) {
        try {
            Files.deleteIfExists(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BackupException(reason);
    }

    private static BackupException taken(Path target) {
        return new BackupException(target + " exists already: choose another name.");
    }

    /** The file of the embedded database the settings name; refused for any other database. */
    static Path embedded(DatabaseSettings settings) {
        return settings.h2File().orElseThrow(() -> new BackupException("backup and restore are for the embedded"
                + " H2 database (DATABASE_URL jdbc:h2:file:...); DATABASE_URL names another database."));
    }

    private static Jdbi open(DatabaseSettings settings) {
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password())
                .installPlugin(new SqlObjectPlugin());
    }

    private static void requireDatabaseIn(Path zip) {
        try (ZipFile entries = new ZipFile(zip.toFile())) {
            if (entries.stream().noneMatch(entry -> entry.getName().endsWith(".mv.db"))) {
                throw new BackupException(zip + " holds no H2 database.");
            }
        } catch (NoSuchFileException e) {
            throw new BackupException("no file " + zip + ".");
        } catch (ZipException e) {
            throw new BackupException(zip + " is not a backup: it is not a zip file.");
        } catch (IOException e) {
            throw new BackupException("cannot read " + zip + ": " + e.getMessage());
        }
    }

    /** The database's own words on a failure, without the statement and context Jdbi adds. */
    private static String reason(Exception failure) {
        Throwable cause = failure;
        while (!(cause instanceof SQLException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            // H2's advice (its server mode) does not apply here.
            return "another process has the database open and takes no backup requests: stop it, or see in its log"
                    + " why it has no control socket.";
        }
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }
}
