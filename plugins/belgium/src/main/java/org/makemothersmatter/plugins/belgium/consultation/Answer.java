package org.makemothersmatter.plugins.belgium.consultation;

import java.time.Instant;

/** One answer to the consultation, as stored. */
public record Answer(long id, String language, String situation, String difficulties, String proposals, String email,
                     Instant receivedAt) {
}
