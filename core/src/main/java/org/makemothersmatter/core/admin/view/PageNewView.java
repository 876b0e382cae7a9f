package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The form that starts a static page, in its original language. */
public record PageNewView(AdminFrame frame, List<Choice> sites, List<Choice> languages, String title, String body) {
}
