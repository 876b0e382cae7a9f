package org.makemothersmatter.core.web.view;

import gg.jte.Content;

/**
 * An article in a listing. {@code lang} is set only when the card's text is not in the page's language
 * (a missing translation), so that the card is marked up, read aloud and announced in its own language.
 * {@code image} is the article's featured image, or null.
 */
public record ArticleCard(String title, String url, DateView date, String excerpt, String kicker, String lang,
                          String fallbackNote, String readMore, Picture image, Template template) {

    /** How the site shows a card: its own card template, or core's. */
    @FunctionalInterface
    public interface Template {
        Content render(ArticleCard card, int level);
    }

    /** The card as the site shows it, its title a heading of this level. */
    public Content at(int level) {
        return template.render(this, level);
    }
}
