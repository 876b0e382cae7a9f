package org.makemothersmatter.core.account;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the site may tell someone by e-mail. Each notice goes to whom it concerns, who may refuse it, but for the new
 * answers to a site's forms, which only those who ask for them get. {@code roles}: the accounts it may concern, the
 * only ones offered the choice, which the back office words as {@code me.notice.<code>}.
 */
public enum Notice {
    /** An editor asks the translators of a site for a translation. */
    TRANSLATION_REQUEST("translation-request", true, Set.of(Role.TRANSLATOR)),
    /** A translation is submitted for review: the site's editors publish it. */
    REVIEW("review", true, Set.of(Role.EDITOR)),
    /** An article goes public at the time the person who scheduled it chose. */
    PUBLICATION("publication", true, Set.of(Role.EDITOR, Role.NETWORK_ADMIN)),
    /** A visitor's answer to a public form of a site, for those who may read the answers. */
    FORM_ANSWER("form-answer", false, Set.of(Role.EDITOR, Role.NETWORK_ADMIN));

    private final String code;
    private final boolean byDefault;
    private final Set<Role> roles;

    Notice(String code, boolean byDefault, Set<Role> roles) {
        this.code = code;
        this.byDefault = byDefault;
        this.roles = roles;
    }

    public String code() {
        return code;
    }

    /** Whether an account gets it until it says otherwise. */
    public boolean byDefault() {
        return byDefault;
    }

    /** The notices that may concern an account of this role. */
    public static List<Notice> of(Role role) {
        return Arrays.stream(values()).filter(notice -> notice.roles.contains(role)).toList();
    }
}
