package org.makemothersmatter.plugins.mali;

import java.util.List;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.PluginDeclaration;

/** MMM Mali: its subsite, content under content/mali/, and its page on its training and counselling. */
public final class MaliPlugin extends PluginDeclaration {

    /** Its page on its training and counselling, with the areas it works through (keys of its strings). */
    private static final OwnPage PROGRAMMES = OwnPage.named("programmes").withItems("programmes.area.training",
            "programmes.area.awareness", "programmes.area.counselling", "programmes.area.assistance");

    public MaliPlugin() {
        super("mali", "MMM Mali", List.of("fr", "en"), PROGRAMMES);
    }
}
