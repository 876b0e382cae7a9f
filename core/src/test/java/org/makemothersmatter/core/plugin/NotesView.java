package org.makemothersmatter.core.plugin;

import java.util.List;

/** Testland's back-office page: the notes its visitors sent. */
public record NotesView(List<String> notes) {
}
