package org.makemothersmatter.core.web.view;

/** An entry of the language switcher: the same page in another language, named in that language. */
public record LanguageLink(String code, String name, String url, String ariaCurrent) {
}
