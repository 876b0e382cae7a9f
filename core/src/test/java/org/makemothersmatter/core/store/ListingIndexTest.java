package org.makemothersmatter.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;

/**
 * Every article listing is read through an index that matches its filter and its order, so that a page
 * stays cheap with a hundred thousand articles: the database's own plan for each query says which index it
 * uses and that it reads the rows in the index's order (no sort of every match).
 */
class ListingIndexTest {

    private final Jdbi jdbi = Guice.createInjector(new StoreModule(DatabaseSettings.inMemory("plan-" + UUID.randomUUID())))
            .getInstance(Jdbi.class);

    @Test
    void everyArticleListingReadsItsPageInIndexOrder() {
        List<Method> listings = queriesOnArticles().stream()
                .filter(m -> m.getAnnotation(SqlQuery.class).value().contains("LIMIT :limit")).toList();
        assertThat(listings).hasSizeGreaterThanOrEqualTo(4);
        for (Method listing : listings) {
            assertThat(plan(listing)).as(listing.getName())
                    .containsPattern("PUBLIC\\.ARTICLE_BY_[A-Z_]+: ")
                    .contains("/* index sorted */")
                    .doesNotContain("PUBLIC.ARTICLE.tableScan");
        }
    }

    @Test
    void everyArticleCountUsesAnIndex() {
        List<Method> counts = queriesOnArticles().stream()
                .filter(m -> m.getAnnotation(SqlQuery.class).value().startsWith("SELECT COUNT(*) FROM article a"))
                .toList();
        assertThat(counts).hasSizeGreaterThanOrEqualTo(3);
        for (Method count : counts) {
            assertThat(plan(count)).as(count.getName())
                    .containsPattern("PUBLIC\\.ARTICLE_BY_[A-Z_]+: ")
                    .doesNotContain("PUBLIC.ARTICLE.tableScan");
        }
    }

    private static List<Method> queriesOnArticles() {
        return Arrays.stream(ArticleDao.class.getMethods())
                .filter(m -> m.isAnnotationPresent(SqlQuery.class))
                .filter(m -> m.getAnnotation(SqlQuery.class).value().contains("FROM article a"))
                .toList();
    }

    @Test
    void findingAnArticleBySlugUsesAnIndex() throws Exception {
        String plan = plan(ArticleDao.class.getMethod("idsBySlug", String.class, String.class, Language.class));
        assertThat(plan).contains("PUBLIC.ARTICLE_TRANSLATION_BY_SLUG").doesNotContain("tableScan");
    }

    private String plan(Method method) {
        String sql = method.getAnnotation(SqlQuery.class).value();
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery("EXPLAIN " + sql);
            for (Parameter parameter : method.getParameters()) {
                query.bind(parameter.getAnnotation(Bind.class).value(), sample(parameter.getType()));
            }
            return String.join("\n", query.mapTo(String.class).list());
        });
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "network";
        } else if (type == Language.class) {
            return Language.ENGLISH;
        } else if (type == Section.class) {
            return Section.EU;
        } else if (type == LocalDate.class) {
            return LocalDate.now();
        } else if (type == boolean.class) {
            return true;
        }
        return 10;
    }
}
