package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The form that starts an article, in its original language. */
public record ArticleNewView(AdminFrame frame, List<Choice> sites, List<Choice> sections, List<Choice> languages,
                             String title, String excerpt, String body, boolean network, String networkLabel) {
}
