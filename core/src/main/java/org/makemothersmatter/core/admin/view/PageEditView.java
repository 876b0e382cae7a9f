package org.makemothersmatter.core.admin.view;

import java.util.List;

/** A static page in the back office: its status, one language's text in a form, another beside it, its themes. */
public record PageEditView(AdminFrame frame, EditorView editor, List<Choice> themes) {
}
