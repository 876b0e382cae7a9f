package org.makemothersmatter.plugins.belgium.consultation;

import java.util.List;

/** The consultation's page: why it is held, and the form with what was typed and what is wrong. */
public record ConsultationView(String title, String intro, String announcementLabel, String announcementUrl,
                               String invitation, String errorsTitle, List<ErrorLink> errors, String action,
                               String csrf, Field situation, List<Choice> situations, Field difficulties,
                               Field proposals, Field email, Field consent, boolean consented, String trapLabel,
                               String send) {
}
