package org.makemothersmatter.core.feeds;

/** An autodiscovery link in a page's head: {@code <link rel="alternate" type=... title=... href=...>}. */
public record FeedLink(String type, String title, String href) {
}
