package org.makemothersmatter.core.model;

/** Which slice of a listing is asked for. Pages count from 1. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size must be positive");
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
