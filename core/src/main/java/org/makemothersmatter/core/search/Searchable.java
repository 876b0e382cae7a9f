package org.makemothersmatter.core.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * A kind of item the search finds: it gives the published translations of its items, read with the handle given.
 * Adding a kind is a class of this interface and its binding in {@link SearchModule}; its changes must name items of
 * {@link #kind()} (see {@code ContentChanged.Item}) for the index to follow them item by item.
 */
public interface Searchable {

    /** The kind's name, as its changes name it. */
    String kind();

    /** Every published translation of the kind on these sites (all sites if empty). */
    void each(Handle handle, Collection<String> sites, Consumer<SearchDocument> documents);

    /** The published translations of these items. */
    void items(Handle handle, Collection<Long> ids, Consumer<SearchDocument> documents);

    /** How many published translations the kind has: the index holds as many documents of it. */
    long count(Handle handle);

    /**
     * The items of this kind that are public as these items of another kind are (a statement as its article), so
     * that a change of those is followed on these too; none by default.
     */
    default Collection<Long> following(Handle handle, String kind, Collection<Long> ids) {
        return List.of();
    }
}
