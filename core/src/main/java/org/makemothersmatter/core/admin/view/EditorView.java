package org.makemothersmatter.core.admin.view;

/**
 * What the edit pages of an article and of a page share: where it stands (with {@code statusNote}, possibly
 * empty), what the account may do with it, and the text being written. {@code keptNote} says why it cannot
 * leave the public site, if so (then it offers neither going back to draft nor the trash). Publishing is
 * offered unless it is published, going back to draft unless it is a draft.
 */
public record EditorView(String actionBase, String siteName, String status, String statusNote, int version,
                         boolean canManage, boolean trashed, boolean offerPublish, boolean offerDraft,
                         String keptNote, Translation translation,
                         String previewUrl, String publicUrl, String revisionsUrl) {
}
