package org.makemothersmatter.sites.network.bench;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.NetworkSite;

/**
 * Prepares the database a command is then measured over: the shipped content and the given number of articles in
 * English and French, in the H2 file of the given JDBC URL. Used by scripts/bench-export.sh.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) {
        int articles = Integer.parseInt(args[0]);
        try (TestServer server = TestServer.start(new DatabaseSettings(args[1], "sa", ""), new NetworkSite())) {
            ListingBenchmark.fill(server.instance(Jdbi.class), articles, List.of(Language.ENGLISH, Language.FRENCH));
        }
        System.out.printf("Database %s holds %,d more bilingual articles.%n", args[1], articles);
    }
}
