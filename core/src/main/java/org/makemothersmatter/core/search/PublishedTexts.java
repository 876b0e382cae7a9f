package org.makemothersmatter.core.search;

import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.makemothersmatter.core.events.ContentChanged;

/** A kind whose published translations are rows of {@link SearchDao}: articles and static pages. */
final class PublishedTexts implements Searchable {

    private final String kind;
    private final String path;
    private final Function<SearchDao, Stream<SearchDao.Row>> all;
    private final BiFunction<SearchDao, Collection<String>, Stream<SearchDao.Row>> ofSites;
    private final BiFunction<SearchDao, Collection<Long>, Stream<SearchDao.Row>> ofItems;
    private final ToLongFunction<SearchDao> count;
    private final BiFunction<SearchDao, Collection<Long>, List<SearchDao.Tag>> themes;

    private PublishedTexts(String kind, String path, Function<SearchDao, Stream<SearchDao.Row>> all,
                           BiFunction<SearchDao, Collection<String>, Stream<SearchDao.Row>> ofSites,
                           BiFunction<SearchDao, Collection<Long>, Stream<SearchDao.Row>> ofItems,
                           ToLongFunction<SearchDao> count,
                           BiFunction<SearchDao, Collection<Long>, List<SearchDao.Tag>> themes) {
        this.kind = kind;
        this.path = path;
        this.all = all;
        this.ofSites = ofSites;
        this.ofItems = ofItems;
        this.count = count;
        this.themes = themes;
    }

    /** Articles, at {@code /news/<slug>}, found in their section. */
    static PublishedTexts articles() {
        return new PublishedTexts(ContentChanged.Item.ARTICLE, "/news/", SearchDao::articles, SearchDao::articlesOf,
                SearchDao::articles, SearchDao::countArticles, SearchDao::articleThemes);
    }

    /** Static pages, at {@code /pages/<slug>}, in no section. */
    static PublishedTexts pages() {
        return new PublishedTexts(ContentChanged.Item.PAGE, "/pages/", SearchDao::pages, SearchDao::pagesOf,
                SearchDao::pages, SearchDao::countPages, SearchDao::pageThemes);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void each(Handle handle, Collection<String> sites, Consumer<SearchDocument> documents) {
        SearchDao dao = handle.attach(SearchDao.class);
        send(dao, sites.isEmpty() ? all.apply(dao) : ofSites.apply(dao, sites), documents);
    }

    @Override
    public void items(Handle handle, Collection<Long> ids, Consumer<SearchDocument> documents) {
        SearchDao dao = handle.attach(SearchDao.class);
        send(dao, ofItems.apply(dao, ids), documents);
    }

    @Override
    public long count(Handle handle) {
        return count.applyAsLong(handle.attach(SearchDao.class));
    }

    private void send(SearchDao dao, Stream<SearchDao.Row> rows, Consumer<SearchDocument> documents) {
        ThemeTags.send(rows, SearchDao.Row::id, ids -> themes.apply(dao, ids),
                (row, tagged) -> row.document(kind, path, tagged), documents);
    }
}
