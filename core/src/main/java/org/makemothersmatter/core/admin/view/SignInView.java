package org.makemothersmatter.core.admin.view;

import org.makemothersmatter.core.web.view.AssetLinks;

/** The sign-in form. */
public record SignInView(String csrf, String email, String next, String error, AssetLinks assets) {
}
