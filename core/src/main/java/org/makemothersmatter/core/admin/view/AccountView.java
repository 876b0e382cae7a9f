package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * An account as a network administrator changes it: its name, role and sites; its state ({@code state}: said as a
 * sentence), and the buttons that disable or enable it ({@code active}), end its sessions and reset its two-factor
 * sign-in when it has one ({@code twoFactor}), each a form to {@code url} and below.
 */
public record AccountView(AdminFrame frame, String url, String email, String state, boolean active,
                          boolean twoFactor, String name, List<Choice> roles, List<Choice> sites) {
}
