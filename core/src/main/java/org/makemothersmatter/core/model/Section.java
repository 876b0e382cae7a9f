package org.makemothersmatter.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an article is published: network news, an association's national news, or a delegation's news. */
public enum Section {
    NETWORK, NATIONAL, EU, UN, UNESCO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isDelegation() {
        return this == EU || this == UN || this == UNESCO;
    }

    public static Optional<Section> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
