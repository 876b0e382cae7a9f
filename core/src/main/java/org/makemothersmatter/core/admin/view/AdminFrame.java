package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.web.view.AssetLinks;
import org.makemothersmatter.core.web.view.Link;

/**
 * The frame of every back-office page: who is signed in, the menu, a message after an action, its stylesheets,
 * and the language it is in: its strings {@code t}, its tag and its writing direction.
 */
public record AdminFrame(String title, String userName, String roleLabel, String csrf, List<Link> navigation,
                         String notice, String error, AssetLinks assets, Texts t, String lang, String dir) {
}
