package org.makemothersmatter.core.search;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.util.BytesRef;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.sites.Sites;

/**
 * Searches the index: the words typed are cut by the analyser of each language the sites publish in and looked for in
 * the documents of that language, so that one query finds its words in every language; all its words must be found
 * (in the title, the excerpt or the text). The documents in the page's language come first, then the others, each
 * group by relevance. Nothing typed is read as query syntax: it is only ever cut into words.
 */
public final class SiteSearch {

    /** Longer text is refused rather than searched. */
    public static final int MAX_LENGTH = 500;
    /** The words of a query beyond these are left out (each word is a clause per field and language). */
    private static final int MAX_WORDS = 12;
    private static final int SNIPPET_CHARS = 160;
    private static final String MARK = "<mark>";
    private static final String UNMARK = "</mark>";

    private final SearchIndex index;
    private final Sites sites;

    @Inject
    public SiteSearch(SearchIndex index, Sites sites) {
        this.index = index;
        this.sites = sites;
    }

    /** What the visitor narrows the search to; null: any. */
    public record Filters(String site, String section, String language, Integer year, Long theme) {

        public static final Filters NONE = new Filters(null, null, null, null, null);
    }

    /**
     * A document found. {@code titleHtml} and {@code snippetHtml} are escaped HTML with the words found in
     * {@code <mark>}: nothing else of them is markup.
     */
    public record Hit(String kind, String site, Language language, String section, LocalDate date, String path,
                      String titleHtml, String snippetHtml) {
    }

    /** A page of results, how many there are in all, and the years the index has documents of. */
    public record Results(long total, List<Hit> hits, List<Integer> years) {
    }

    /** The results from {@code offset}, at most {@code count} of them. */
    public Results search(String text, Language pageLanguage, Filters filters, int offset, int count) {
        try {
            return index.search(searcher -> {
                List<Integer> years = years(searcher);
                Map<String, Query> byLanguage = wordQueries(text);
                if (byLanguage.isEmpty()) {
                    return new Results(0, List.of(), years);
                }
                BooleanQuery.Builder words = new BooleanQuery.Builder();
                byLanguage.values().forEach(query -> words.add(query, Occur.SHOULD));
                Query matching = filtered(words.build(), filters);
                Query first = new BooleanQuery.Builder().add(matching, Occur.MUST)
                        .add(term(SearchIndex.LANGUAGE, pageLanguage.code()), Occur.FILTER).build();
                Query others = new BooleanQuery.Builder().add(matching, Occur.MUST)
                        .add(term(SearchIndex.LANGUAGE, pageLanguage.code()), Occur.MUST_NOT).build();
                int inFirst = searcher.count(first);
                int total = inFirst + searcher.count(others);
                List<ScoreDoc> found = new ArrayList<>();
                if (offset < inFirst) {
                    found.addAll(page(searcher, first, offset, count));
                }
                if (offset + count > inFirst) {
                    found.addAll(page(searcher, others, Math.max(0, offset - inFirst), count - found.size()));
                }
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc scored : found) {
                    hits.add(hit(searcher.storedFields().document(scored.doc), byLanguage));
                }
                return new Results(total, hits, years);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For each language the sites publish in whose analyser finds words in the text, the query of those words in the
     * documents of that language.
     */
    private Map<String, Query> wordQueries(String text) {
        Map<String, Query> queries = new LinkedHashMap<>();
        Set<String> languages = new TreeSet<>();
        sites.plugins().forEach(plugin -> plugin.site().languages().forEach(l -> languages.add(l.code())));
        for (String language : languages) {
            Set<String> words = words(Analysers.of(language), text);
            if (words.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String word : words) {
                all.add(new BooleanQuery.Builder()
                        .add(new BoostQuery(term(SearchIndex.TITLE, word), 3), Occur.SHOULD)
                        .add(new BoostQuery(term(SearchIndex.EXCERPT, word), 2), Occur.SHOULD)
                        .add(term(SearchIndex.BODY, word), Occur.SHOULD).build(), Occur.MUST);
            }
            all.add(term(SearchIndex.LANGUAGE, language), Occur.FILTER);
            queries.put(language, all.build());
        }
        return queries;
    }

    /** The words of the text as the analyser keeps them, the first {@link #MAX_WORDS}. */
    private static Set<String> words(Analyzer analyser, String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = analyser.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Query filtered(Query words, Filters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        filter(query, SearchIndex.SITE, filters.site());
        filter(query, SearchIndex.SECTION, filters.section());
        filter(query, SearchIndex.LANGUAGE, filters.language());
        filter(query, SearchIndex.YEAR, filters.year() == null ? null : filters.year().toString());
        filter(query, SearchIndex.THEME, filters.theme() == null ? null : filters.theme().toString());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(term(field, value), Occur.FILTER);
        }
    }

    private static List<ScoreDoc> page(IndexSearcher searcher, Query query, int offset, int count)
            throws IOException {
        if (count <= 0) {
            return List.of();
        }
        ScoreDoc[] top = searcher.search(query, offset + count).scoreDocs;
        List<ScoreDoc> page = new ArrayList<>();
        for (int i = offset; i < top.length; i++) {
            page.add(top[i]);
        }
        return page;
    }

    private Hit hit(Document doc, Map<String, Query> byLanguage) throws IOException {
        Language language = Language.of(doc.get(SearchIndex.LANGUAGE));
        Query words = byLanguage.get(language.code());
        Analyzer analyser = Analysers.of(language.code());
        String title = doc.get(SearchIndex.TITLE_TEXT);
        String titleHtml = highlighted(words, analyser, SearchIndex.TITLE, title, 1, false);
        String body = doc.get(SearchIndex.BODY_TEXT);
        String snippet = highlighted(words, analyser, SearchIndex.BODY, body, 2, true);
        if (snippet == null && doc.get(SearchIndex.EXCERPT_TEXT) != null) {
            snippet = highlighted(words, analyser, SearchIndex.EXCERPT, doc.get(SearchIndex.EXCERPT_TEXT), 1, false);
        }
        if (snippet == null) {
            snippet = SimpleHTMLEncoder.htmlEncode(body.length() <= SNIPPET_CHARS ? body
                    : body.substring(0, SNIPPET_CHARS) + "…");
        }
        String date = doc.get(SearchIndex.DATE);
        return new Hit(doc.get(SearchIndex.KIND), doc.get(SearchIndex.SITE), language, doc.get(SearchIndex.SECTION),
                date == null ? null : LocalDate.parse(date), doc.get(SearchIndex.PATH),
                titleHtml == null ? SimpleHTMLEncoder.htmlEncode(title) : titleHtml, snippet);
    }

    /**
     * The text escaped, the words of the query in it marked: its best fragments if {@code fragments}, else the whole
     * text; null when no word of the query is in it.
     */
    private static String highlighted(Query words, Analyzer analyser, String field, String text, int count,
                                      boolean fragments) throws IOException {
        // Scored by the words alone: the query is words, so span scoring (an index in memory for each text) buys nothing.
        QueryTermScorer scorer = new QueryTermScorer(words, field);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(MARK, UNMARK), new SimpleHTMLEncoder(),
                scorer);
        highlighter.setTextFragmenter(fragments ? new SimpleFragmenter(SNIPPET_CHARS)
                : new NullFragmenter());
        highlighter.setMaxDocCharsToAnalyze(Math.max(text.length(), Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE));
        try {
            String found = highlighter.getBestFragments(analyser.tokenStream(field, text), text, count, " … ");
            return found == null || found.isEmpty() ? null : found;
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    /** The years the index has dated documents of, newest first. */
    private static List<Integer> years(IndexSearcher searcher) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), SearchIndex.YEAR);
        List<Integer> years = new ArrayList<>();
        if (terms != null) {
            TermsEnum each = terms.iterator();
            for (BytesRef year = each.next(); year != null; year = each.next()) {
                years.add(0, Integer.parseInt(year.utf8ToString()));
            }
        }
        return years;
    }

    private static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
