package org.makemothersmatter.core.events;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a committed change may alter on the public sites: the sites whose pages may show it, or every site
 * ({@link #everywhere()}) when that is not known; and, where the change knows them, the items it changed (an
 * article, a page), so that a copy kept item by item (the search index) redoes those alone. Pages of the
 * international site list national stories, so a change on a national site counts for the international site too.
 *
 * @param sites the codes of the sites concerned; empty means every site
 * @param items the items changed; empty means anything of those sites
 */
public record ContentChanged(Set<String> sites, Set<Item> items) {

    public ContentChanged {
        sites = Set.copyOf(sites);
        items = Set.copyOf(items);
    }

    /**
     * An item changed: of a kind ({@code article}, {@code page}, {@code image}...), and its id; an item without id
     * ({@link #anyOf}) stands for any item of its kind on the change's sites.
     */
    public record Item(String kind, Long id) {

        public static final String ARTICLE = "article";
        public static final String PAGE = "page";
        public static final String EVENT = "event";
        public static final String DOCUMENT = "document";
        /** A plugin's own records and settings. */
        public static final String PLUGIN = "plugin";

        public Item {
            if (kind.isEmpty() || !kind.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
                throw new IllegalArgumentException("An item's kind is a word: " + kind);
            }
        }

        public static Item of(String kind, long id) {
            return new Item(kind, id);
        }

        /** Any item of a kind, as a plugin's records, when the change does not say which. */
        public static Item anyOf(String kind) {
            return new Item(kind, null);
        }

        /** As the change log writes it: {@code article:12}, or {@code record} for any. */
        @Override
        public String toString() {
            return id == null ? kind : kind + ":" + id;
        }

        static Item parse(String text) {
            int colon = text.indexOf(':');
            return colon < 0 ? anyOf(text) : of(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
        }
    }

    /** A change of this site's content, its items not known. */
    public static ContentChanged on(String site) {
        return new ContentChanged(Set.of(site), Set.of());
    }

    /** A change of these items of a site. */
    public static ContentChanged of(String site, Item... items) {
        return new ContentChanged(Set.of(site), Set.of(items));
    }

    /** A change whose sites are not known, such as data written outside the site's code. */
    public static ContentChanged everywhere() {
        return new ContentChanged(Set.of(), Set.of());
    }

    /** Whether a page of {@code site} (the international site being {@code network}) may show the change. */
    public boolean concerns(String site, boolean network) {
        return sites.isEmpty() || network || sites.contains(site);
    }

    /** The sites as the change log writes them. */
    String sitesText() {
        return String.join(",", sites.stream().sorted().toList());
    }

    /** The items as the change log writes them. */
    String itemsText() {
        return items.stream().map(Item::toString).sorted().collect(Collectors.joining(","));
    }

    /** A change as the change log wrote it. */
    static ContentChanged parse(String sites, String items) {
        return new ContentChanged(split(sites).collect(Collectors.toSet()),
                split(items).map(Item::parse).collect(Collectors.toSet()));
    }

    private static Stream<String> split(String text) {
        return Arrays.stream(text.split(",")).filter(part -> !part.isEmpty());
    }
}
