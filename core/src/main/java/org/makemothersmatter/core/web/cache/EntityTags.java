package org.makemothersmatter.core.web.cache;

/** The comparison of a browser's If-None-Match with the ETag of what it would be sent. */
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
}
