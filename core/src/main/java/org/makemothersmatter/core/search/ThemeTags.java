package org.makemothersmatter.core.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/** The themes of the items the index takes in, read for a batch of rows at a time rather than a query a row. */
final class ThemeTags {

    private ThemeTags() {
    }

    /** Each row made a document with its item's themes, the themes of a batch read by {@code tags}. */
    static <R> void send(Stream<R> rows, ToLongFunction<R> item, Function<Collection<Long>, List<SearchDao.Tag>> tags,
                         BiFunction<R, Set<Long>, SearchDocument> document, Consumer<SearchDocument> documents) {
        try (rows) {
            List<R> batch = new ArrayList<>(SearchIndex.BATCH);
            for (Iterator<R> it = rows.iterator(); it.hasNext(); ) {
                batch.add(it.next());
                if (batch.size() == SearchIndex.BATCH || !it.hasNext()) {
                    Map<Long, Set<Long>> themes = new HashMap<>();
                    Set<Long> ids = new HashSet<>();
                    batch.forEach(row -> ids.add(item.applyAsLong(row)));
                    tags.apply(ids).forEach(tag -> themes.computeIfAbsent(tag.item(), i -> new HashSet<>())
                            .add(tag.theme()));
                    batch.forEach(row -> documents.accept(document.apply(row,
                            themes.getOrDefault(item.applyAsLong(row), Set.of()))));
                    batch.clear();
                }
            }
        }
    }
}
