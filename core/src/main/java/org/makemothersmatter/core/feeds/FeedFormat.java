package org.makemothersmatter.core.feeds;

/** The formats every feed is given in, with the name of its file beside the page it follows. */
public enum FeedFormat {
    ATOM("atom_1.0", "application/atom+xml", "feed.atom"),
    RSS("rss_2.0", "application/rss+xml", "feed.rss");

    private final String romeType;
    private final String mediaType;
    private final String file;

    FeedFormat(String romeType, String mediaType, String file) {
        this.romeType = romeType;
        this.mediaType = mediaType;
        this.file = file;
    }

    String romeType() {
        return romeType;
    }

    /** The type the autodiscovery link names. */
    public String mediaType() {
        return mediaType;
    }

    /** The type the feed is answered with, its encoding said (a kept page is answered with the same). */
    public String contentType() {
        return mediaType + ";charset=utf-8";
    }

    /** The file name of the feed, e.g. {@code feed.atom}. */
    public String file() {
        return file;
    }
}
