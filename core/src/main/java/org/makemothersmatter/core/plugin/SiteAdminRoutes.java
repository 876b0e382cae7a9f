package org.makemothersmatter.core.plugin;

import java.util.function.Function;

/**
 * Where a plugin declares back-office pages of its own, such as the answers to its consultation. Paths are
 * relative to {@code /admin/sites/<code>}; a page's label in the menu is the key of one of the plugin's strings
 * ({@code messages/<plugin>_<language>.properties}), shown in the language the back office speaks to its reader. Only network administrators and the site's editors reach them (not
 * its translators, not other sites' editors), and every form sent to them must carry the session's token
 * ({@link SiteAdminPage#csrfToken}, in the field {@link SiteAdminPage#CSRF_FIELD}): core checks both before the
 * handler runs. Most plugins need only {@link #records}.
 */
public interface SiteAdminRoutes {

    /** A page listed in the back office's menu under the plugin's string {@code labelKey}. */
    void page(String path, String labelKey, SiteAdminHandler handler);

    void get(String path, SiteAdminHandler handler);

    void post(String path, SiteAdminHandler handler);

    /** A page of the menu served by one of the handlers of a class of the plugin, which core builds once. */
    <T> void page(String path, String labelKey, Class<T> type, Function<T, SiteAdminHandler> handler);

    /** A page served by one of the handlers of a class of the plugin, which core builds once. */
    <T> void get(String path, Class<T> type, Function<T, SiteAdminHandler> handler);

    /** A form's target served by one of the handlers of a class of the plugin, which core builds once. */
    <T> void post(String path, Class<T> type, Function<T, SiteAdminHandler> handler);

    /**
     * The plugin's own records as core shows them (see {@link RecordPages}), listed in the menu under the plugin's
     * string {@code labelKey}:
     * at {@code path} the list, at {@code path + "/<id>"} a record, at {@code path + "/<id>/delete"} the
     * confirmation of its deletion, at {@code path + ".csv"} the spreadsheet. The audit log names their actions
     * after the path: {@code /consultation} deletes as {@code consultation.delete}, downloads as
     * {@code consultation.export}.
     */
    <R> void records(String path, String labelKey, RecordPages<R> records);

    /** The same, declared by a class of the plugin that core builds with what its constructor asks for (its DAO). */
    <R> void records(String path, String labelKey, Class<? extends RecordPages<R>> records);
}
