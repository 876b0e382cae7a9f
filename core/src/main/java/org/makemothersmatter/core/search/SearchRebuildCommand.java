package org.makemothersmatter.core.search;

import com.google.inject.Injector;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import org.makemothersmatter.core.events.ChangeFeed;
import org.makemothersmatter.core.store.Database;
import org.makemothersmatter.core.store.DatabaseSettings;

/**
 * {@code search-rebuild}: writes the search index again from the database, while the site is stopped (a running site
 * holds its index, and an embedded database, for itself), and says in one line how many documents it holds and how
 * long it took. A site rebuilds its index at start when it is missing or behind: this is for an index one suspects.
 */
public final class SearchRebuildCommand {

    public static final String NAME = "search-rebuild";

    private SearchRebuildCommand() {
    }

    /** Runs the command on its arguments (none) with the site's wiring; returns the exit status. */
    public static int run(List<String> args, Supplier<Injector> wiring, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("Usage: java -jar sites/network/target/mmm-network.jar " + NAME);
            return 2;
        }
        long start = System.nanoTime();
        Injector injector = wiring.get();
        ChangeFeed changes = injector.getInstance(ChangeFeed.class);
        // The index records the newest change it includes, so that the next start finds it up to date.
        changes.start();
        try {
            int documents = injector.getInstance(SearchIndex.class).rebuildAndClose();
            out.printf("Search index rebuilt: %d documents in %.1f s. Folder: %s%n", documents,
                    (System.nanoTime() - start) / 1e9, SearchIndex.folder(injector.getInstance(DatabaseSettings.class)));
            return 0;
        } finally {
            changes.stop();
            injector.getInstance(Database.class).close();
        }
    }
}
