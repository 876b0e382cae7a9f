package org.makemothersmatter.core.model;

/** A national association of the network, in one language: its name, a one-line summary and its mission text. */
public record Association(String site, String country, Language language, String name, String summary,
                          String bodyHtml) {
}
