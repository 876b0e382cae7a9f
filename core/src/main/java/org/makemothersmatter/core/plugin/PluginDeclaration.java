package org.makemothersmatter.core.plugin;

import java.util.List;

/**
 * A plugin declared in its constructor: its code, name, languages and own pages. Most national associations need
 * nothing more; one that programs pages overrides the rest of {@link SitePlugin} besides.
 * <pre>{@code
 * public final class MaliPlugin extends PluginDeclaration {
 *     public MaliPlugin() {
 *         super("mali", "MMM Mali", List.of("fr", "en"), OwnPage.named("programmes"));
 *     }
 * }}</pre>
 */
public abstract class PluginDeclaration implements SitePlugin {

    private final String code;
    private final String name;
    private final List<String> languages;
    private final List<OwnPage> pages;

    protected PluginDeclaration(String code, String name, List<String> languages, OwnPage... pages) {
        this.code = code;
        this.name = name;
        this.languages = List.copyOf(languages);
        this.pages = List.of(pages);
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> languages() {
        return languages;
    }

    @Override
    public final List<OwnPage> pages() {
        return pages;
    }
}
