package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/**
 * One image in the back office: shown as articles show it, with its line to paste, the form that changes its
 * alternative text (for who may edit its site), what uses it, and the way to its deletion when nothing does. On the
 * confirmation of its deletion ({@code confirming}), the form that deletes it instead.
 */
public record ImageView(AdminFrame frame, String src, int width, int height, String alt, String site, String size,
                        String uploadedIso, String uploaded, String uploadedBy, String markdown, boolean canEdit,
                        String altAction, String typedAlt, int maxAltLength, List<Link> uses, String deleteUrl,
                        String backUrl, boolean confirming) {
}
