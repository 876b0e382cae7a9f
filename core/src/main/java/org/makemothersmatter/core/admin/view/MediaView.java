package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/** The images of the account's sites, each with the line to paste into an article, and the upload form. */
public record MediaView(AdminFrame frame, List<Choice> filter, List<Row> images, String total, Pagination pagination,
                        boolean canUpload, List<Choice> sites, String alt, int maxAltLength, String maxSize) {

    /** The thumbnail's width and height are the image's, so that the page keeps its place while it loads. */
    public record Row(String url, String thumbnailUrl, int width, int height, String alt, String site,
                      String uploadedIso, String uploaded, String uploadedBy, String markdown) {
    }
}
