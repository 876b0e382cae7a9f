package org.makemothersmatter.core.feeds;

import java.time.Instant;
import org.makemothersmatter.core.model.Language;

/**
 * One entry of a feed, whatever it lists (an article, a theme's page or document, an event): its absolute address,
 * when it became public in this language, its language, a short summary and its content as sanitised HTML whose
 * links and images are absolute (see {@link Feeds#absolute}).
 */
public record FeedItem(String title, String url, Instant published, Language language, String summary,
                       String html) {
}
