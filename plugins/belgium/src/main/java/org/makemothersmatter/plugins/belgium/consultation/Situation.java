package org.makemothersmatter.plugins.belgium.consultation;

import java.util.Arrays;
import java.util.Optional;

/** What describes the person who answers, as the form offers it; labels in the message bundles. */
public enum Situation {
    PARENT_IN_WORK("parent-in-work"),
    PARENT_NOT_IN_WORK("parent-not-in-work"),
    EMPLOYER("employer"),
    OTHER("other");

    private final String code;

    Situation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The key of its label in the message bundles. */
    public String labelKey() {
        return "consultation.situation." + code;
    }

    public static Optional<Situation> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
