package org.makemothersmatter.core.search;

import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How text is cut into the words the index keeps, per language: lower case, the language's own stop words, then
 * accents folded away (so that "societe" finds "société" and "maternité" finds "maternite"), then the language's
 * stemming (so that "mothers" finds "mother"). Folding comes before stemming so that a word typed with or without its
 * accents is stemmed alike. A language without rules of its own is cut and folded, not stemmed.
 */
final class Analysers {

    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(Arrays.asList("c", "l", "all", "dall",
            "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s",
            "v", "d"), true);

    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "fr", analyser(FrenchAnalyzer.getDefaultStopSet(), FrenchLightStemFilter::new,
                    s -> new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES)),
            "en", analyser(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, PorterStemFilter::new, EnglishPossessiveFilter::new),
            "nl", analyser(DutchAnalyzer.getDefaultStopSet(), s -> new SnowballFilter(s, new DutchStemmer()), null),
            "es", analyser(SpanishAnalyzer.getDefaultStopSet(), SpanishLightStemFilter::new, null),
            "de", analyser(GermanAnalyzer.getDefaultStopSet(),
                    s -> new GermanLightStemFilter(new GermanNormalizationFilter(s)), null),
            "ar", analyser(ArabicAnalyzer.getDefaultStopSet(),
                    s -> new ArabicStemFilter(new ArabicNormalizationFilter(s)), null),
            "it", analyser(ItalianAnalyzer.getDefaultStopSet(), ItalianLightStemFilter::new,
                    s -> new ElisionFilter(s, ITALIAN_ARTICLES)),
            "pt", analyser(PortugueseAnalyzer.getDefaultStopSet(), PortugueseLightStemFilter::new, null));
    private static final Analyzer OTHER = analyser(CharArraySet.EMPTY_SET, UnaryOperator.identity(), null);

    private Analysers() {
    }

    /** The analyser of a language, by its code ("fr", "pt-BR"): its primary language's, or the plain one. */
    static Analyzer of(String language) {
        return BY_LANGUAGE.getOrDefault(language.split("-")[0], OTHER);
    }

    /**
     * @param before what the language does to a word before it is lower-cased (elision of l', d'...), or null
     */
    private static Analyzer analyser(CharArraySet stopWords, UnaryOperator<TokenStream> stem,
                                     UnaryOperator<TokenStream> before) {
        // Each field of a document is given its own stream while the document is built: one per field, not per thread.
        return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = before == null ? words : before.apply(words);
                stream = new StopFilter(new LowerCaseFilter(stream), stopWords);
                return new TokenStreamComponents(words, stem.apply(new ASCIIFoldingFilter(stream)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
