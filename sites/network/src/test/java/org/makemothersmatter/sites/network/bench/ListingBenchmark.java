package org.makemothersmatter.sites.network.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.store.QueryCounter;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.NetworkSite;

/**
 * Prints how long the public pages take, and how many queries they run, once the database holds many
 * articles (100,000 by default; the first argument changes it; further arguments name the pages to measure).
 * Run it with scripts/bench-listings.sh.
 */
public final class ListingBenchmark {

    private static final String[] PAGES = {"/en/", "/en/news", "/en/news?page=2000", "/en/advocacy",
            "/en/advocacy/un", "/en/advocacy/un?page=1000", "/en/national-mmm", "/belgium/fr/", "/belgium/fr/news",
            "/belgium/fr/news?page=2000", "/en/news/motherhood-and-the-beijing-agenda-a-retrospective"};
    private static final int ROUNDS = Integer.getInteger("rounds", 200);

    private ListingBenchmark() {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (TestServer server = TestServer.start(new NetworkSite())) {
            long start = System.nanoTime();
            fill(server.instance(Jdbi.class), articles);
            System.out.printf("Inserted %,d articles in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
            QueryCounter queries = server.instance(QueryCounter.class);
            System.out.printf("%-62s %8s %8s %8s %8s%n", "page", "queries", "median", "p95", "max");
            String[] pages = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : PAGES;
            for (String page : pages) {
                for (int i = 0; i < 20; i++) {
                    server.get(page);
                }
                long before = queries.count();
                server.get(page);
                long perPage = queries.count() - before;
                double[] millis = new double[ROUNDS];
                for (int i = 0; i < ROUNDS; i++) {
                    long t = System.nanoTime();
                    if (server.get(page).status() != 200) {
                        throw new IllegalStateException(page + " did not answer 200");
                    }
                    millis[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(millis);
                System.out.printf("%-62s %8d %6.2fms %6.2fms %6.2fms%n", page, perPage, millis[ROUNDS / 2],
                        millis[(int) (ROUNDS * 0.95)], millis[ROUNDS - 1]);
            }
        }
    }

    /** Half the articles on the international site (spread over its sections), half on Belgium's; in English. */
    private static void fill(Jdbi jdbi, int count) {
        List<Section> delegations = List.of(Section.EU, Section.UN, Section.UNESCO, Section.NETWORK);
        jdbi.useTransaction(handle -> {
            PreparedBatch article = handle.prepareBatch("INSERT INTO article (id, site, section, published_on, "
                    + "original_language, on_network) VALUES (:id, :site, :section, :date, :original, :network)");
            PreparedBatch translation = handle.prepareBatch("INSERT INTO article_translation (article_id, language, "
                    + "site, title, slug, excerpt, body_html) VALUES (:id, :language, :site, :title, :slug, :excerpt, "
                    + "'<p>Body</p>')");
            long firstId = 1_000_000;
            int batched = 0;
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                boolean network = i % 2 == 0;
                String site = network ? "network" : "belgium";
                article.bind("id", id).bind("site", site)
                        .bind("section", (network ? delegations.get(i % 4) : Section.NATIONAL).code())
                        .bind("date", LocalDate.of(2000, 1, 1).plusDays(i % 9000))
                        .bind("original", Language.ENGLISH.code()).bind("network", network || i % 10 == 1)
                        .add();
                translation.bind("id", id).bind("language", Language.ENGLISH.code()).bind("site", site)
                        .bind("title", "Bench article " + i).bind("slug", "bench-article-" + i)
                        .bind("excerpt", "An article to measure listings.").add();
                if (++batched == 5_000) {
                    article.execute();
                    translation.execute();
                    batched = 0;
                }
            }
            if (batched > 0) {
                article.execute();
                translation.execute();
            }
        });
    }
}
