package org.makemothersmatter.core.editorial;

import java.time.Instant;
import org.makemothersmatter.core.model.Language;

/** One language's text of an article or a page, as stored, and the version it was read at. */
public interface EditableText {

    Language language();

    String title();

    String slug();

    /** Articles have an excerpt; pages have none. */
    default String excerpt() {
        return null;
    }

    String bodyMarkdown();

    String bodyHtml();

    int version();

    /** When this language first became public; null while it is not, or if it was public before this was kept. */
    Instant publishedAt();

    /** The text as a draft, to edit it or to save it again. */
    default Draft draft() {
        return new Draft(title(), slug(), excerpt(), bodyMarkdown());
    }
}
