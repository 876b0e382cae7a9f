package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.Texts;

/** A static page of a site. */
public record StaticPageView(Texts t, String title, String titleLang, Body body) {

    /** The direction of the text in {@link #titleLang()}. */
    public String titleDir() {
        return Language.dirOf(titleLang);
    }
}
