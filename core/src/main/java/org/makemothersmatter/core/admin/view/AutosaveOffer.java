package org.makemothersmatter.core.admin.view;

/**
 * The account's copy of a text, kept as it was typed and newer than the text saved: offered to restore (in the
 * form, to be saved) or to discard; once restored ({@code restored}), in the form below, still to be saved.
 */
public record AutosaveOffer(String savedAt, String savedAtIso, String restoreUrl, String discardAction,
                            boolean restored) {
}
