package org.makemothersmatter.core.admin.view;

/**
 * An article or a page as a list shows it: its title in its own language, and {@code item}, the value its box
 * sends to act on it as it was shown ("id:version").
 */
public record ListedRow(String editUrl, String title, String titleLang, String site, String languages,
                        String item) {
}
