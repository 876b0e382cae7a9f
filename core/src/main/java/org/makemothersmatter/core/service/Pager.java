package org.makemothersmatter.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Slice;

/**
 * Cuts a listing read in its order into its pages, each handed over as soon as it is full: the slices a request
 * for each page would get, without a query per page. A listing with nothing is its empty first page.
 */
public final class Pager<T> {

    private final long total;
    private final int size;
    private final Consumer<Slice<T>> page;
    private final List<T> items = new ArrayList<>();
    private int number = 1;

    /** @param total the listing's length, which each page shows */
    public Pager(long total, int size, Consumer<Slice<T>> page) {
        this.total = total;
        this.size = size;
        this.page = page;
    }

    public void add(T item) {
        items.add(item);
        if (items.size() == size) {
            handOver();
        }
    }

    /** Hands over the last page, if it is not full, or the empty first page of an empty listing. */
    public void finish() {
        if (!items.isEmpty() || number == 1) {
            handOver();
        }
    }

    private void handOver() {
        page.accept(new Slice<>(List.copyOf(items), new PageRequest(number++, size), total));
        items.clear();
    }
}
