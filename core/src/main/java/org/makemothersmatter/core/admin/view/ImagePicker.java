package org.makemothersmatter.core.admin.view;

/**
 * The edit page's way to images: the list of the site's images with the line each is pasted as ({@code mediaUrl}),
 * and, when JavaScript runs, the picker that lists them ({@code listUrl}, as JSON) and inserts the chosen one where
 * the cursor is, or uploads one ({@code canUpload}) and inserts it.
 */
public record ImagePicker(String site, String mediaUrl, String listUrl, boolean canUpload, int maxAltLength,
                          String maxSize) {
}
