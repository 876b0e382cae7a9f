package org.makemothersmatter.core.web.view;

/**
 * A statement or a report in a list: its title linked to its file, what the file is ({@code meta}: "PDF, 245 KB"),
 * its date and its UN document symbol (null if none). {@code lang} and {@code dir} are set when it is not in the
 * page's language.
 */
public record DocumentLink(String title, String url, String lang, String dir, String meta, DateView date,
                           String symbol) {
}
