package org.makemothersmatter.core.plugin;

/**
 * A page of a plugin's own in its site's navigation: a path of its {@link SitePlugin#routes routes}
 * ("/workshops") and the key of its label in the site's message bundles, so that it reads in every language.
 */
public record NavigationEntry(String path, String labelKey) {
}
