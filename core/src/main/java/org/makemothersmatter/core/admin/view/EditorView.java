package org.makemothersmatter.core.admin.view;

/**
 * What the edit pages of an article and of a page share: where it stands (with {@code statusNote}, possibly
 * empty, and {@code pendingNote}, set when the language shown has a change waiting to be published), what the
 * account may do with it, and the text being written. {@code keptNote} says why it cannot leave the public site,
 * if so (then it offers neither going back to draft nor the trash). {@code publishLabel} names the publishing
 * button, null when there is nothing to publish; going back to draft is offered unless it is a draft, and dropping
 * the pending change when there is one.
 */
public record EditorView(String actionBase, String siteName, String status, String statusNote, String pendingNote,
                         int version, boolean canManage, boolean trashed, String publishLabel, boolean offerDraft,
                         boolean offerDiscard, String keptNote, Translation translation,
                         String previewUrl, String publicUrl, String revisionsUrl) {
}
