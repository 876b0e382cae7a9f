package org.makemothersmatter.plugins.england;

import java.util.List;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.PluginDeclaration;

/** MMM England: its subsite, content under content/england/, and its page on bridges between cultures. */
public final class EnglandPlugin extends PluginDeclaration {

    public EnglandPlugin() {
        super("england", "MMM England", List.of("en", "fr"), OwnPage.named("bridges"));
    }
}
