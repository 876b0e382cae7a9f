package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * The signed-in person's own account: who they are and where they work (read only), and what they choose for
 * themselves: their name, their language, the notices they get by e-mail ({@code value} a notice's code), and
 * their password, of {@code minLength} characters at least.
 */
public record MyAccountView(AdminFrame frame, String email, String role, String sites, String name,
                            List<Choice> languages, List<Choice> notices, int minLength) {
}
