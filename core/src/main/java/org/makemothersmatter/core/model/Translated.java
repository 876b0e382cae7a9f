package org.makemothersmatter.core.model;

/**
 * A piece of content in the language it is shown in. When the requested translation is missing the
 * original is shown instead, and {@link #isFallback(Language)} says so, so that the page can tell the visitor.
 */
public record Translated<T>(T value, Language language) {

    public boolean isFallback(Language requested) {
        return !language.equals(requested);
    }
}
