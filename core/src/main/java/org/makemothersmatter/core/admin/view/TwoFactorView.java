package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * Two-factor sign-in of the signed-in person: on or not ({@code enabled}), and whether they must set it up before
 * anything else ({@code required}); while it is off, the key to give an app, as a QR code ({@code qrImage}, a data:
 * address) and as text in groups of four ({@code secret}); the recovery codes just made, shown this once.
 */
public record TwoFactorView(AdminFrame frame, boolean enabled, boolean required, String qrImage, String secret,
                            List<String> recoveryCodes) {
}
