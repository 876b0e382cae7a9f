package org.makemothersmatter.plugins.france;

import java.util.List;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.PluginDeclaration;

/** MMM France: its subsite, content under content/france/, and its page on the Mothers' Workshops. */
public final class FrancePlugin extends PluginDeclaration {

    public FrancePlugin() {
        super("france", "MMM France", List.of("fr", "en"), OwnPage.named("workshops"));
    }
}
