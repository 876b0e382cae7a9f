package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.plugin.Texts;

/** A static page of a site. */
public record StaticPageView(Texts t, String title, String titleLang, Body body) {
}
