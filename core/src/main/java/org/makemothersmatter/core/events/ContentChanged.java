package org.makemothersmatter.core.events;

import java.util.Set;

/**
 * What a committed change may alter on the public sites: the sites whose pages may show it, or every site
 * ({@link #everywhere()}) when that is not known. Pages of the international site list national stories, so
 * a change on a national site counts for the international site too.
 *
 * @param sites the codes of the sites concerned; empty means every site
 */
public record ContentChanged(Set<String> sites) {

    public ContentChanged {
        sites = Set.copyOf(sites);
    }

    /** A change of this site's content. */
    public static ContentChanged on(String site) {
        return new ContentChanged(Set.of(site));
    }

    /** A change whose sites are not known, such as data written outside the site's code. */
    public static ContentChanged everywhere() {
        return new ContentChanged(Set.of());
    }

    /** Whether a page of {@code site} (the international site being {@code network}) may show the change. */
    public boolean concerns(String site, boolean network) {
        return sites.isEmpty() || network || sites.contains(site);
    }
}
