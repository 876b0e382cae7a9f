package org.makemothersmatter.core.web.view;

import java.util.List;

/** A delegation on the advocacy page: its introduction and its latest news. */
public record DelegationBlock(String name, String url, String summary, String lang, List<ArticleCard> news,
                              String moreLabel) {
}
