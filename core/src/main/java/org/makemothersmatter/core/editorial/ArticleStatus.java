package org.makemothersmatter.core.editorial;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an article stands. Only a published one is public. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, TRASHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArticleStatus> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
