package org.makemothersmatter.core.web.view;

/** A {@code <link rel="alternate" hreflang>} of the page, with an absolute URL. */
public record Alternate(String hreflang, String url) {
}
