package org.makemothersmatter.core.model;

import org.jdbi.v3.core.mapper.PropagateNull;

/**
 * The image an article features: on its cards, at the top of its page and when it is shared. Its size is the
 * upload's, which gives its shape; the pages ask for the variant of the width they show it at. Read with its article
 * (columns {@code image_id}, {@code image_alt}...): an article without one has none (null), not an empty one.
 */
@PropagateNull("id")
public record FeaturedImage(long id, String alt, int width, int height) {

    /** The height of the image shown this wide, its shape kept. */
    public int heightAt(int shownWidth) {
        return (int) Math.round((double) height * shownWidth / width);
    }
}
