package org.makemothersmatter.core.editorial;

import java.util.List;
import java.util.Optional;
import org.makemothersmatter.core.model.Language;

/** An article or a page as the back office sees it: every translation, whatever its status, with versions. */
public interface Editable<T extends EditableText> {

    long id();

    String site();

    Language originalLanguage();

    Status status();

    int version();

    List<T> texts();

    default Optional<T> text(Language language) {
        return texts().stream().filter(t -> t.language().equals(language)).findFirst();
    }

    default T original() {
        return text(originalLanguage()).orElseThrow();
    }

    /** The text shown for a language: that language's if written, else the original. */
    default T in(Language language) {
        return text(language).orElseGet(this::original);
    }
}
