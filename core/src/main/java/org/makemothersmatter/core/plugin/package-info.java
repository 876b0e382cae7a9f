/**
 * The plugin contract: everything a national association's plugin uses of core, and nothing else of core's is
 * within its reach (the network's tests check its code and templates, and core checks at start what its classes
 * ask for).
 *
 * <ul>
 *   <li>What a plugin declares: {@link org.makemothersmatter.core.plugin.SitePlugin} (code, name, languages, own
 *       pages, routes, back-office pages, navigation, DAOs), most simply as a
 *       {@link org.makemothersmatter.core.plugin.PluginDeclaration}; {@link org.makemothersmatter.core.plugin.OwnPage}
 *       for a page core renders from the plugin's template and strings alone.</li>
 *   <li>What core hands a handler per request: {@link org.makemothersmatter.core.plugin.SitePage} on the public site
 *       (texts, form tokens, latest news, pagination, rendering in the site's frame, a notice by e-mail to the
 *       site's team of a form's answer), and
 *       {@link org.makemothersmatter.core.plugin.SiteAdminPage} in the back office (the signed-in account's rights,
 *       its CSRF token, rendering in the back office's frame).</li>
 *   <li>How a plugin's kept pages are invalidated: a {@link org.makemothersmatter.core.plugin.SiteRoutes#page page}
 *       is rendered again after any change of its site's content, or of the plugin's records once a handler says
 *       {@link org.makemothersmatter.core.plugin.PluginRequest#changed()}; core's record pages say it on every
 *       deletion. The change goes through core's one announcement of changes, which every copy of the content
 *       (page cache, and the caches of every server of the network) listens to.</li>
 *   <li>Back-office pages of a plugin's own records with no code but their DAO:
 *       {@link org.makemothersmatter.core.plugin.RecordPages}.</li>
 * </ul>
 */
package org.makemothersmatter.core.plugin;
