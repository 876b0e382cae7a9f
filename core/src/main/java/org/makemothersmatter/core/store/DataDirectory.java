package org.makemothersmatter.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The folder of an embedded database, checked before the database is opened, so that a folder the server
 * cannot use stops the start with one line saying which path and why, instead of a database error later.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    /** Creates the folder of {@code database} if needed; refuses one the server could not write to. */
    static void prepare(Path database) {
        Path file = database.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw unusable(folder, "it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            // Writing is tried rather than asked: permissions say nothing of a read-only file system, nor to root.
            Files.delete(Files.createTempFile(folder, ".write-check", null));
        } catch (IOException e) {
            throw unusable(folder, reason(e));
        }
        Path data = DatabaseSettings.h2DataFile(file);
        if (Files.exists(data) && !(Files.isReadable(data) && Files.isWritable(data))) {
            throw new IllegalStateException("The database file " + data + " cannot be read and written by this user.");
        }
    }

    private static IllegalStateException unusable(Path folder, String why) {
        return new IllegalStateException("The data folder " + folder + " cannot be used: " + why + ".");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException taken) {
            return taken.getFile() + " is a file, not a folder";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason().toLowerCase(Locale.ROOT) + (failed.getFile() == null ? "" : " (" + failed.getFile() + ")");
        }
        return String.valueOf(e.getMessage());
    }
}
