package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.plugin.Texts;

/** A 400, 404 or 500 page, in the language of the site it was asked of. */
public record ErrorView(Texts t, String title, String message, String homeUrl) {
}
