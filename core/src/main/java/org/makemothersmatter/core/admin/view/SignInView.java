package org.makemothersmatter.core.admin.view;

/** The sign-in form. */
public record SignInView(String csrf, String email, String next, String error) {
}
