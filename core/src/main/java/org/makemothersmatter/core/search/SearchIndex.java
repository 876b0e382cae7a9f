package org.makemothersmatter.core.search;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.events.ChangeFeed;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentListener;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.store.StoreModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of this server process: one document per published translation of each {@link Searchable} kind,
 * in a folder beside the database ({@code ./data/search} for {@code ./data/mmm}; in memory for an in-memory
 * database). It follows every change announced (this process's and, through the {@link ChangeFeed}, the others'),
 * on a thread of its own, item by item where the change names its items, site by site where it does not. At start
 * it is rebuilt from the database when it is missing, of another format, or behind: a change logged since its last
 * commit, or another number of documents than the database has published translations.
 */
@Singleton
public final class SearchIndex implements ContentListener {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Changed whenever the fields change: an index of another format is rebuilt. */
    private static final String FORMAT = "2";
    private static final String FORMAT_KEY = "format";
    private static final String CHANGES_KEY = "changes";
    /** Ids per query when items are read again, or their themes. */
    static final int BATCH = 500;
    /**
     * How often what was followed is committed to the folder. A change is searchable as soon as it is followed (the
     * searchers read the writer's changes before they are committed); a commit syncs the files to the disk, which
     * may take seconds on a busy machine, so it is not made for each change.
     */
    private static final long COMMIT_SECONDS = 10;

    static final String ITEM = "item";
    static final String KIND = "kind";
    static final String SITE = "site";
    static final String SECTION = "section";
    static final String LANGUAGE = "language";
    static final String YEAR = "year";
    /** One field per theme the item is tagged with. */
    static final String THEME = "theme";
    static final String DATE = "date";
    static final String PATH = "path";
    static final String TITLE = "title";
    static final String EXCERPT = "excerpt";
    static final String BODY = "body";
    /** The stored text of the fields above, for the results and their highlighted snippets. */
    static final String TITLE_TEXT = "titleText";
    static final String EXCERPT_TEXT = "excerptText";
    static final String BODY_TEXT = "bodyText";

    private final Map<String, Searchable> kinds;
    private final Jdbi background;
    private final ChangeFeed feed;
    private final Path folder;
    private final ConcurrentLinkedQueue<ContentChanged> waiting = new ConcurrentLinkedQueue<>();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ScheduledExecutorService worker;
    /** The newest change followed, and whether it is followed but not committed yet. */
    private long followed;
    private boolean uncommitted;

    @Inject
    public SearchIndex(Set<Searchable> kinds, @Named(StoreModule.BACKGROUND) Jdbi background, ChangeFeed feed,
                       DatabaseSettings database) {
        this.kinds = kinds.stream().collect(Collectors.toMap(Searchable::kind, Function.identity()));
        this.background = background;
        this.feed = feed;
        this.folder = folder(database);
    }

    /** Where the index of a database lives: beside an H2 file, else under ./data; null for in memory. */
    static Path folder(DatabaseSettings database) {
        if (database.jdbcUrl().startsWith("jdbc:h2:mem:")) {
            return null;
        }
        return database.h2File().map(file -> file.toAbsolutePath().resolveSibling("search"))
                .orElse(Path.of("data", "search").toAbsolutePath());
    }

    /**
     * Opens the index, rebuilds it if it is not up to date with the database, and follows the changes announced
     * from now on; the {@link ChangeFeed} must be started, so that no change falls between the check and the feed.
     */
    public synchronized void start() {
        open(false);
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index");
            thread.setDaemon(true);
            return thread;
        });
        worker.execute(this::follow);
        worker.scheduleWithFixedDelay(this::commit, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Rebuilds the index from the database and closes it, for the command that does so while the site is stopped;
     * returns how many documents it holds.
     */
    public synchronized int rebuildAndClose() {
        int documents = open(true);
        close();
        return documents;
    }

    /** Opens the index and rebuilds it if asked to or if it is not up to date; returns the documents rebuilt, or -1. */
    private int open(boolean rebuild) {
        try {
            directory = folder == null ? new ByteBuffersDirectory() : FSDirectory.open(Files.createDirectories(folder));
            long since = System.nanoTime();
            String stale = rebuild ? "asked for" : staleness();
            writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(stale == null ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                            : IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
            if (stale == null) {
                return -1;
            }
            int documents = rebuild();
            LOG.info("Search index {} rebuilt ({}): {} documents in {} ms", where(), stale, documents,
                    (System.nanoTime() - since) / 1_000_000);
            return documents;
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("The search index " + folder + " is used by another server process: "
                    + "each process needs a data folder of its own", e);
        } catch (IOException e) {
            throw new IllegalStateException("The search index " + folder + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Writes every document again from the database; returns how many. */
    public synchronized int rebuild() throws IOException {
        waiting.clear();
        long mark = feed.newest();
        writer.deleteAll();
        int[] count = {0};
        background.useHandle(handle -> {
            for (Searchable kind : kinds.values()) {
                kind.each(handle, List.of(), document -> {
                    add(document);
                    count[0]++;
                });
            }
        });
        followed = mark;
        uncommitted = true;
        commit();
        return count[0];
    }

    /** Stops following changes, writes what was followed, and closes the index. */
    public synchronized void stop() {
        if (worker == null) {
            return;
        }
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        follow();
        close();
    }

    private void close() {
        commit();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("The search index was not closed cleanly: it is rebuilt at the next start", e);
        }
    }

    @Override
    public void changed(ContentChanged change) {
        waiting.add(change);
        ExecutorService following = worker;
        if (following != null && !following.isShutdown()) {
            following.execute(this::follow);
        }
    }

    /** Runs {@code search} on the index as it is now. */
    <T> T search(SearchWork<T> search) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Why the index must be rebuilt; null if it is up to date. */
    private String staleness() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "none yet";
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!FORMAT.equals(data.get(FORMAT_KEY))) {
                return "another format";
            }
            if (Long.parseLong(data.getOrDefault(CHANGES_KEY, "-1")) < feed.newest()) {
                return "changes since";
            }
            long documents;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                documents = reader.numDocs();
            }
            long published = background.withHandle(handle ->
                    kinds.values().stream().mapToLong(kind -> kind.count(handle)).sum());
            return documents == published ? null : documents + " documents for " + published + " published texts";
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Applies the changes announced, and commits with the newest change that had reached this process before. */
    private synchronized void follow() {
        if (waiting.isEmpty() || writer == null || !writer.isOpen()) {
            return;
        }
        long mark = feed.newest();
        List<ContentChanged> changes = new ArrayList<>();
        for (ContentChanged change = waiting.poll(); change != null; change = waiting.poll()) {
            changes.add(change);
        }
        try {
            apply(changes);
            followed = Math.max(followed, mark);
            uncommitted = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            // The next start finds the index behind (its last commit says so) and rebuilds it.
            LOG.error("The search index could not follow a change", e);
        }
    }

    private void apply(List<ContentChanged> changes) throws IOException {
        Map<String, Set<String>> sitesByKind = new HashMap<>();
        Map<String, Set<Long>> itemsByKind = new HashMap<>();
        for (ContentChanged change : changes) {
            if (change.sites().isEmpty()) {
                rebuild();
                return;
            }
            if (change.items().isEmpty()) {
                kinds.keySet().forEach(kind -> sitesByKind.computeIfAbsent(kind, k -> new HashSet<>())
                        .addAll(change.sites()));
            }
            for (ContentChanged.Item item : change.items()) {
                if (!kinds.containsKey(item.kind())) {
                    continue; // an image, a plugin's records: nothing the search finds
                }
                if (item.id() == null) {
                    sitesByKind.computeIfAbsent(item.kind(), k -> new HashSet<>()).addAll(change.sites());
                } else {
                    itemsByKind.computeIfAbsent(item.kind(), k -> new HashSet<>()).add(item.id());
                }
            }
        }
        background.useHandle(handle -> {
            for (var entry : Map.copyOf(itemsByKind).entrySet()) {
                for (Searchable kind : kinds.values()) {
                    if (!kind.kind().equals(entry.getKey())) {
                        Collection<Long> following = kind.following(handle, entry.getKey(), entry.getValue());
                        if (!following.isEmpty()) {
                            itemsByKind.computeIfAbsent(kind.kind(), k -> new HashSet<>()).addAll(following);
                        }
                    }
                }
            }
            for (var entry : sitesByKind.entrySet()) {
                replaceSites(handle, kinds.get(entry.getKey()), entry.getValue());
            }
            for (var entry : itemsByKind.entrySet()) {
                replaceItems(handle, kinds.get(entry.getKey()), entry.getValue());
            }
        });
    }

    private void replaceSites(Handle handle, Searchable kind, Set<String> sites) throws IOException {
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, kind.kind())), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(SITE, sites.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build());
        kind.each(handle, sites, this::add);
    }

    private void replaceItems(Handle handle, Searchable kind, Collection<Long> ids) throws IOException {
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            writer.deleteDocuments(batch.stream().map(id -> new Term(ITEM, kind.kind() + ":" + id)).toArray(Term[]::new));
            kind.items(handle, batch, this::add);
        }
    }

    private void add(SearchDocument document) {
        Analyzer words = Analysers.of(document.language().code());
        String text = HtmlText.of(document.html());
        Document doc = new Document();
        doc.add(new StringField(ITEM, document.kind() + ":" + document.id(), Field.Store.NO));
        doc.add(new StringField(KIND, document.kind(), Field.Store.YES));
        doc.add(new StringField(SITE, document.site(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, document.language().code(), Field.Store.YES));
        if (document.section() != null) {
            doc.add(new StringField(SECTION, document.section(), Field.Store.YES));
        }
        if (document.date() != null) {
            doc.add(new StringField(YEAR, String.valueOf(document.date().getYear()), Field.Store.NO));
            doc.add(new StoredField(DATE, document.date().toString()));
        }
        document.themes().forEach(theme -> doc.add(new StringField(THEME, theme.toString(), Field.Store.NO)));
        doc.add(new StoredField(PATH, document.path()));
        doc.add(new TextField(TITLE, words.tokenStream(TITLE, document.title())));
        doc.add(new StoredField(TITLE_TEXT, document.title()));
        if (document.excerpt() != null) {
            doc.add(new TextField(EXCERPT, words.tokenStream(EXCERPT, document.excerpt())));
            doc.add(new StoredField(EXCERPT_TEXT, document.excerpt()));
        }
        doc.add(new TextField(BODY, words.tokenStream(BODY, text)));
        doc.add(new StoredField(BODY_TEXT, text));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what was followed to the folder, with the newest change it includes. */
    private synchronized void commit() {
        if (!uncommitted || !writer.isOpen()) {
            return;
        }
        try {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, CHANGES_KEY, String.valueOf(followed)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            uncommitted = false;
        } catch (IOException | RuntimeException e) {
            LOG.error("The search index could not be written: it is rebuilt at the next start", e);
        }
    }

    private String where() {
        return folder == null ? "in memory" : folder.toString();
    }
}
