package org.makemothersmatter.core.plugin;

/**
 * Where a plugin declares back-office pages of its own, such as the answers to its consultation. Paths are
 * relative to {@code /admin/sites/<code>}. Only network administrators and the site's editors reach them (not
 * its translators, not other sites' editors), and every form sent to them must carry the session's CSRF token
 * ({@code frame.csrf()}, in a field named {@code _csrf}): core checks both before the handler runs.
 */
public interface SiteAdminRoutes {

    /** A page listed in the back office's menu under its label. */
    void page(String path, String label, SiteAdminHandler handler);

    void get(String path, SiteAdminHandler handler);

    void post(String path, SiteAdminHandler handler);

    /**
     * The plugin's own records as core shows them (see {@link RecordPages}), listed in the menu under their label:
     * at {@code path} the list, at {@code path + "/<id>"} a record, at {@code path + "/<id>/delete"} the
     * confirmation of its deletion, at {@code path + ".csv"} the spreadsheet. The audit log names their actions
     * after the path: {@code /consultation} deletes as {@code consultation.delete}, downloads as
     * {@code consultation.export}.
     */
    <R> void records(String path, String label, RecordPages<R> records);

    /** The same, declared by a class of the plugin that core builds with what its constructor asks for (its DAO). */
    <R> void records(String path, String label, Class<? extends RecordPages<R>> records);
}
