package org.makemothersmatter.core.search;

import java.time.LocalDate;
import java.util.Set;
import org.makemothersmatter.core.model.Language;

/**
 * One published translation of an item, as the index holds it.
 *
 * @param kind the item's kind, as its changes name it ({@code article}, {@code page})
 * @param section the section it is listed in, as a filter offers it; null for none
 * @param date its publication date; null for an item without one
 * @param html its text as published, which the index keeps as plain text
 * @param path its address on its site after the language ({@code /news/<slug>})
 * @param themes the themes it is tagged with
 */
public record SearchDocument(String kind, long id, String site, String section, Language language, LocalDate date,
                             String title, String excerpt, String html, String path, Set<Long> themes) {
}
