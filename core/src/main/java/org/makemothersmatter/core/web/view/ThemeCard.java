package org.makemothersmatter.core.web.view;

/**
 * A theme on the themes' index: {@code lang} and {@code dir} are set only when its text is not in the page's language
 * (a missing translation).
 */
public record ThemeCard(String name, String url, String description, String lang, String dir) {
}
