package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * The network's themes in the back office, in their order, each with its buttons; and the form that adds one, with
 * what was typed in it.
 */
public record ThemesAdminView(AdminFrame frame, List<Row> themes, List<Choice> languages, String name, String slug,
                              String description, int maxName, int maxDescription) {

    /**
     * A theme: its name in the back office's language ({@code lang}: another's, when it has none in it), the
     * languages it is written in, whether it is retired, and where its buttons send (null where it cannot move).
     */
    public record Row(String url, String name, String lang, String languages, String state, int version,
                      String moveAction, boolean up, boolean down, String retireAction, boolean retired) {
    }
}
