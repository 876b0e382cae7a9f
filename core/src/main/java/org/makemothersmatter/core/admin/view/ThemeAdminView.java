package org.makemothersmatter.core.admin.view;

import java.util.List;

/** A theme's page in the back office: a form for its text in each language of the international site. */
public record ThemeAdminView(AdminFrame frame, List<Text> texts, int maxName, int maxDescription, String backUrl) {

    /** One language's text, as stored or as typed in a refused form; {@code original}: it cannot be taken out. */
    public record Text(String language, String label, String dir, String action, String name, String slug,
                       String description, int version, boolean original) {
    }
}
