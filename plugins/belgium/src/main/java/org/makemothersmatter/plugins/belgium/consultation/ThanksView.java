package org.makemothersmatter.plugins.belgium.consultation;

/** The page shown once the answers are kept. */
public record ThanksView(String title, String message, String backLabel, String backUrl) {
}
