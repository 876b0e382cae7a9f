package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The filters the lists of articles and of pages share: text searched, site, status, a language had, a translation missing. */
public record ListFilters(String q, List<Choice> sites, List<Choice> statuses, List<Choice> languages, List<Choice> missing) {
}
