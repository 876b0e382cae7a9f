package org.makemothersmatter.core.admin.view;

/** Another language's text, read-only, beside the one being written; no excerpt (null) for a page. */
public record BesideText(String language, String languageName, String dir, String title, String excerpt,
                         String bodyHtml) {
}
