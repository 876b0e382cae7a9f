package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/**
 * The writing part of an article's or a page's edit page: a link to each language of the site (named by
 * {@code label}), one language's text in a form that posts to {@code saveAction}, and, beside it, another
 * language's text to translate from (if any); or, when the text typed was refused because someone else saved it
 * meanwhile ({@code conflict}, else null), the text they saved. {@code requestAction}: where an editor asks the
 * site's translators for a language not written yet, saying so in {@code requestNote}; both null when that is not
 * offered. The way to the site's images,
 * to show one in the text. While it is typed, the script keeps a copy of the text at {@code autosaveAction} (null
 * when the account may not write it), and a copy newer than the text saved is offered ({@code autosave}, or null).
 */
public record Translation(String label, List<Link> languages, List<Link> besideChoices, TextForm text,
                          BesideText beside, String saveAction, String saveLabel, boolean offerReview,
                          String requestAction, String requestNote, TextConflict conflict, ImagePicker images,
                          String autosaveAction, AutosaveOffer autosave) {
}
