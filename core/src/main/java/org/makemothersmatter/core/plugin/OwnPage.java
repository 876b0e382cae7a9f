package org.makemothersmatter.core.plugin;

import java.util.List;

/**
 * A page of a plugin's own, declared rather than programmed: core renders it, at {@code /<name>} of the site in
 * each of its languages, in the site's frame, from the plugin's template {@code <code>/<name>.jte}, and keeps it
 * like its own pages. The template is given an {@code OwnPageView}: the strings {@code <name>.title} and
 * {@code <name>.lead}, the site's latest news under the heading {@code <name>.news}, the translations of the
 * page's {@code items} keys (a list it shows, such as MMM Mali's areas of work), and every string of the site for
 * the rest. The page is in the site's navigation, labelled by the string {@code nav.<name>}.
 */
public record OwnPage(String name, List<String> items) {

    public OwnPage {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("An own page's name is lower-case letters, digits and dashes, such as "
                    + "workshops: " + name);
        }
        items = List.copyOf(items);
    }

    /** The page {@code name}, with no list of its own. */
    public static OwnPage named(String name) {
        return new OwnPage(name, List.of());
    }

    /** The same page, showing the strings of these keys as a list. */
    public OwnPage withItems(String... keys) {
        return new OwnPage(name, List.of(keys));
    }

    public String path() {
        return "/" + name;
    }

    public NavigationEntry navigation() {
        return new NavigationEntry(path(), "nav." + name);
    }
}
