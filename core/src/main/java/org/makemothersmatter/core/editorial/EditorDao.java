package org.makemothersmatter.core.editorial;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.makemothersmatter.core.model.Language;

/**
 * What {@link Editor} needs of the store of articles or of pages: their texts, revisions and old slugs. Each
 * DAO implements it with its own SQL, so that articles and pages are saved by the same steps.
 */
public interface EditorDao {

    /** A text as it is stored: an article's excerpt, or null for a page, which has none. */
    record Written(String title, String slug, String excerpt, String markdown, String html) {
    }

    /** The languages of a page of a back-office list, in one query. */
    List<LanguageOf> languages(Collection<Long> ids);

    boolean slugTakenByOther(String site, Language language, String slug, long id);

    void insertText(long id, Language language, String site, Written text);

    /** Updates the text if it is still at {@code version}; returns 0 if it is not. */
    int updateText(long id, Language language, int version, Written text);

    boolean hasRevisions(long id, Language language);

    /** When one language's text was last saved (its latest revision); null if it never was (loaded from a file). */
    Instant lastSaved(long id, Language language);

    void insertRevision(long id, Language language, Written text, Long savedBy, String savedByName, Instant at);

    /** The revisions of every language of one article or page, newest first, each with its author's name. */
    List<Revision> revisions(long id);

    Optional<Revision> revision(long revisionId);

    void keepOldSlug(String site, Language language, String slug, long id);

    /** Dates each text of the item that was not public yet as public from {@code at}. */
    void markPublished(long id, Instant at);

    void forgetOldSlug(String site, Language language, String slug);

    /**
     * Holds an item in the trash for its deletion, if it is still there at {@code version}: returns 0 if it is not.
     * The row stays locked until the transaction ends, so that nobody restores what is being deleted.
     */
    int claimTrashed(long id, int version);

    /**
     * Deletes the item with everything it has: texts, revisions, old addresses, pending changes, autosaved copies.
     */
    void deleteForever(long id);
}
