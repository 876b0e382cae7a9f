package org.makemothersmatter.core.web.view;

/** A date for {@code <time datetime="iso">text</time>}: ISO for machines, the page's language for people. */
public record DateView(String iso, String text) {
}
