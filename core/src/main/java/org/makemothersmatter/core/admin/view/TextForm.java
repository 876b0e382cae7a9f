package org.makemothersmatter.core.admin.view;

/**
 * One language's text of an article or a page, in a form: version 0 for a translation not written yet;
 * no excerpt (null) for a page.
 */
public record TextForm(String language, String languageName, String dir, int version, String title, String slug,
                       String excerpt, String body, boolean original, boolean editable) {
}
