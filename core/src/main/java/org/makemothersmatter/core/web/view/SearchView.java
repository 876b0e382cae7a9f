package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.Texts;

/**
 * The search page: its form (the words typed and the filters), then what was found, or a message why nothing is
 * shown ({@code message}, null when there are results).
 */
public record SearchView(Texts t, String title, String action, String query, int maxLength, List<Filter> filters,
                         String count, List<Result> results, String message, Pagination pagination) {

    /** A filter of the form: a select of its options, the first meaning any. */
    public record Filter(String name, String label, List<Option> options) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /**
     * A document found. {@code titleHtml} and {@code snippetHtml} are escaped by the search, the words found in
     * {@code <mark>}; {@code lang} is the result's language when it is not the page's, and {@code languageNote} says
     * which it is.
     */
    public record Result(String url, String titleHtml, String snippetHtml, String lang, String languageNote,
                         String where, DateView date) {

        /** The direction of the text in {@link #lang()}. */
        public String dir() {
            return Language.dirOf(lang);
        }
    }
}
