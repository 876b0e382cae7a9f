package org.makemothersmatter.core.model;

import java.util.List;

/** One page of a listing and the total it was cut from. */
public record Slice<T>(List<T> items, PageRequest request, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public boolean hasNext() {
        return request.page() < pageCount();
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }
}
