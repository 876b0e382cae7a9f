package org.makemothersmatter.core.plugin;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A plugin's own records (the answers to its form, its sign-ups, its events) as the back office shows them,
 * declared rather than programmed: given to {@link SiteAdminRoutes#records}, they are listed newest first, each
 * with a page of its own, deleted after a confirmation, and downloaded all at once as a spreadsheet. Records are
 * often personal data: each deletion and each download is in the audit log. A record is known by a whole number,
 * the key of the plugin's table, and shown as its {@link #columns columns}; the plugin's DAO does the rest.
 */
public interface RecordPages<R> {

    /**
     * What one record is called, in lower case, with the site's strings in the back office's language:
     * {@code texts.get("consultation.noun")}, "answer", as in "Answer 12 deleted."
     */
    String noun(Texts texts);

    /** A sentence above the list, such as when to delete a record, in the strings' language; none by default. */
    default String note(Texts texts) {
        return null;
    }

    long id(R record);

    long count();

    /** A page of the records, newest first. */
    List<R> latest(int limit, long offset);

    Optional<R> find(long id);

    /** Deletes the record of that id; false if there is none. */
    boolean delete(long id);

    /** Every record, for the spreadsheet. */
    List<R> all();

    /**
     * What is shown of a record, in this order, in the list, on its page and in the spreadsheet. Asked at each
     * request, with the site's strings in the back office's language, so that a column may name a stored code as
     * the site's strings do.
     */
    List<Column<R>> columns(Texts texts);

    /** A column: its label (one of {@code texts}), and its text for a record (null shows as empty). */
    record Column<R>(String label, Function<R, String> text) {
    }
}
