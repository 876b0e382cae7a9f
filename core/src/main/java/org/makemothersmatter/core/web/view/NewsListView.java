package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** A page of a news listing, newest first. */
public record NewsListView(Texts t, String title, List<ArticleCard> news, Pagination pagination, String emptyText) {
}
