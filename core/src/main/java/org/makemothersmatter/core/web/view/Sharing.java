package org.makemothersmatter.core.web.view;

import java.util.List;

/**
 * How a page presents itself where it is shared and to search engines: its Open Graph type ({@code website},
 * {@code article}), title and locales, the Twitter card it makes ({@code summary_large_image} with an image), and
 * its schema.org data as JSON-LD, escaped for its script block (see {@code StructuredData}).
 */
public record Sharing(String type, String title, String locale, List<String> alternateLocales, String card,
                     String jsonLd) {
}
