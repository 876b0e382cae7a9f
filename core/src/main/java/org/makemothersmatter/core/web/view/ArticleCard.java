package org.makemothersmatter.core.web.view;

/**
 * An article in a listing. {@code lang} is set only when the card's text is not in the page's language
 * (a missing translation), so that the card is marked up, read aloud and announced in its own language.
 */
public record ArticleCard(String title, String url, DateView date, String excerpt, String kicker, String lang,
                          String fallbackNote, String readMore) {
}
