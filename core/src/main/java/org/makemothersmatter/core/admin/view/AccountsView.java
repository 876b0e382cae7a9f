package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The accounts, their roles and sites by name, each linked to its page, and the form to invite someone. */
public record AccountsView(AdminFrame frame, List<Row> accounts, List<Choice> sites, List<Choice> roles,
                           String email, String name, String inviteNote) {

    public record Row(String url, String email, String name, String role, String sites, String active) {
    }
}
