package org.makemothersmatter.core.editorial;

import java.time.Instant;
import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;

/** A static page as the back office sees it: every translation, whatever its status, with versions. */
public record EditablePage(long id, String site, String pageKey, int position, Language originalLanguage,
                           Status status, int version, List<Text> texts) implements Editable<EditablePage.Text> {

    /** One language's text and the version it was read at. */
    public record Text(Language language, String title, String slug, String bodyMarkdown, String bodyHtml,
                       int version, Instant publishedAt) implements EditableText {
    }

    /** The page as the public routes show it, whatever its status: for previews. */
    public List<Page> asPages() {
        return texts.stream().map(t -> new Page(id, site, pageKey, position, t.language(), t.title(), t.slug(),
                t.bodyHtml())).toList();
    }
}
