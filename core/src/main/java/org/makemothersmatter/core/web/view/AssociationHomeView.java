package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** A national subsite's home page: its mission and aims, its pages, its latest news. */
public record AssociationHomeView(Texts t, String title, String summary, String summaryLang, Body mission,
                                  List<Link> pages, List<ArticleCard> news, String newsUrl) {
}
