package org.makemothersmatter.sites.network.bench;

import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.NetworkSite;
import org.makemothersmatter.sites.network.bench.generated.GeneratedAssociations;
import org.makemothersmatter.sites.network.bench.generated.GeneratedContent;

/**
 * Prepares the database a command of the built site is then measured over, in the H2 file of the given JDBC URL:
 * the shipped content and the given number of generated articles, spread over the shipped sites, each in its
 * site's first two languages (about one in five in one only). No generated association: the built site,
 * which alone reads this database afterwards, does not host them. Used by scripts/bench-export.sh.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) {
        int articles = Integer.parseInt(args[0]);
        GeneratedAssociations none = GeneratedAssociations.of(0);
        try (TestServer server = TestServer.start(new DatabaseSettings(args[1], "sa", ""), new NetworkSite(), none)) {
            GeneratedContent.fill(server, none, articles);
        }
        System.out.printf("Database %s holds %,d more articles.%n", args[1], articles);
    }
}
