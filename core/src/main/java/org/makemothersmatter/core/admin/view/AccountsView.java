package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The accounts, their roles and sites by name, and the form to add one. */
public record AccountsView(AdminFrame frame, List<Row> accounts, List<Choice> sites, List<Choice> roles,
                           String email, String name, String passwordLabel) {

    public record Row(String email, String name, String role, String sites, String active) {
    }
}
