package org.makemothersmatter.plugins.lebanon;

import java.util.List;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.PluginDeclaration;

/** MMM Lebanon: its subsite, content under content/lebanon/, and its page of solidarity with Lebanon. */
public final class LebanonPlugin extends PluginDeclaration {

    public LebanonPlugin() {
        super("lebanon", "MMM Lebanon", List.of("fr", "en", "ar"), OwnPage.named("solidarity"));
    }
}
