package org.makemothersmatter.core.events;

/**
 * Something that keeps a copy of the public content (rendered pages; later, search and feeds) and must
 * learn of every committed change. Bound with Guice's multibinder: {@code ContentEvents} calls each one.
 */
public interface ContentListener {

    void changed(ContentChanged change);
}
