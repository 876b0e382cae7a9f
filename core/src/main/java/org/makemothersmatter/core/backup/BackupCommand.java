package org.makemothersmatter.core.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.makemothersmatter.core.store.DatabaseSettings;

/**
 * {@code backup <file.zip>}: writes a backup of the embedded database, by the running site if it runs (it
 * holds the database), else by opening the database itself; {@code restore <file.zip>}: restores one into a
 * data directory without a database. Each says in one line what it did, or why it did nothing.
 */
public final class BackupCommand {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";

    private BackupCommand() {
    }

    /** Runs {@code backup} or {@code restore} on its arguments (those after it); returns the exit status. */
    public static int run(String command, List<String> args, DatabaseSettings settings, PrintStream out,
                          PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println("Usage: java -jar sites/network/target/mmm-network.jar " + command + " <file.zip>");
            return 2;
        }
        try {
            Path zip = Path.of(args.get(0)).toAbsolutePath();
            out.println(command.equals(BACKUP) ? backup(settings, zip) : restore(settings, zip));
            return 0;
        } catch (BackupException | InvalidPathException e) {
            err.println(failed(command) + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(failed(command) + "the running site did not answer: " + e.getMessage());
            return 2;
        }
    }

    private static String backup(DatabaseSettings settings, Path zip) throws IOException {
        Optional<Long> bySite = ControlSocket.askBackup(Backups.embedded(settings), zip);
        if (bySite.isPresent()) {
            return "Backup written by the running site: " + zip + " (" + bySite.get() + " bytes).";
        }
        long bytes = Backups.ofStopped(settings).backup(zip);
        return "Backup written: " + zip + " (" + bytes + " bytes); the site was not running.";
    }

    private static String failed(String command) {
        return command.equals(BACKUP) ? "No backup written: " : "Nothing restored: ";
    }

    private static String restore(DatabaseSettings settings, Path zip) {
        int tables = Backups.restore(settings, zip);
        return "Restored " + zip + " into " + Backups.embedded(settings) + " (" + tables + " tables); the next"
                + " start brings them up to date.";
    }
}
