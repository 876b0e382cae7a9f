package org.makemothersmatter.core.editorial;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an article or a page stands. Only a published one is public; only articles are ever scheduled. */
public enum Status {
    DRAFT, SCHEDULED, PUBLISHED, TRASHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
