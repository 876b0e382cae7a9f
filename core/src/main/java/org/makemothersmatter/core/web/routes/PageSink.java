package org.makemothersmatter.core.web.routes;

import java.util.function.Supplier;

/**
 * Receives pages written ahead of any request, such as the static export's: each one's address, and how to
 * render it, the very rendering a visitor's request gets, left to run where and when the receiver chooses.
 */
@FunctionalInterface
public interface PageSink {

    void page(String address, Supplier<byte[]> html);
}
