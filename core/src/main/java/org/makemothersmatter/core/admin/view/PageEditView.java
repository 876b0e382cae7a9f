package org.makemothersmatter.core.admin.view;

/** A static page in the back office: its status, one language's text in a form, another beside it. */
public record PageEditView(AdminFrame frame, EditorView editor) {
}
