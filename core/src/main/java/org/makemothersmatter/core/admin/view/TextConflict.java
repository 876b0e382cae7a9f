package org.makemothersmatter.core.admin.view;

/**
 * A text refused because someone else saved it since the form was read: the text typed beside the one saved
 * meanwhile ({@code theirsLabel} says by whom and when; no excerpt, null, for a page), and the address that opens
 * theirs, dropping the text typed. The form shows the text typed at the version saved meanwhile, so that sending it
 * again keeps it.
 */
public record TextConflict(Comparison comparison, String theirsLabel, String title, String slug, String excerpt,
                           String body, String takeTheirsUrl) {
}
