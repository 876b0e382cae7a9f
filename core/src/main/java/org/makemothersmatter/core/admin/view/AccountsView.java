package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The accounts and the form to add one. */
public record AccountsView(AdminFrame frame, List<Row> accounts, List<String> sites, List<Choice> roles,
                           String email, String name) {

    public record Row(String email, String name, String role, String sites, boolean active) {
    }

    public record Choice(String value, String label, boolean selected) {
    }
}
