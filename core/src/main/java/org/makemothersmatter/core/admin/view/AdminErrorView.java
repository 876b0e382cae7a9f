package org.makemothersmatter.core.admin.view;

import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.web.view.AssetLinks;

/** What went wrong with a request of the back office, and the way back to its first page. */
public record AdminErrorView(Texts t, String lang, String dir, String title, String message, AssetLinks assets) {
}
