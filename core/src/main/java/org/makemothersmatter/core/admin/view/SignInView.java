package org.makemothersmatter.core.admin.view;

import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.web.view.AssetLinks;

/** The sign-in form, or that of its second step, in the language of the browser. */
public record SignInView(Texts t, String lang, String dir, String csrf, String email, String next, String error,
                         AssetLinks assets) {
}
