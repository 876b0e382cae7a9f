package org.makemothersmatter.core.plugin;

import gg.jte.Content;
import java.util.List;

/**
 * What a plugin's own page shows besides its own text: its title and lead, the translations of its list's keys,
 * and a section with the site's latest news, rendered by core (a plugin's templates cannot call core's). {@code t}
 * gives the page's other strings in its language.
 */
public record OwnPageView(Texts t, String title, String lead, List<String> items, Content news) {
}
