package org.makemothersmatter.core.web.cache;

/** ETags of bytes kept in memory, and the comparison of a browser's If-None-Match with them. */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether If-None-Match (a tag, a list of tags, or *) names this ETag. Compared weakly, as that header asks,
     * so that a tag a proxy marked weak still matches.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String named = tag.strip();
            if (named.equals("*") || named.equals(etag) || named.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ETag of the same bytes in a coding (null: as they are): each coding's bytes differ, so each has a tag of
     * its own (one tag for two codings would let a cache answer one with the other).
     */
    public static String inCoding(String etag, String coding) {
        return coding == null ? etag : etag.substring(0, etag.length() - 1) + "-" + coding + "\"";
    }
}
