/**
 * The network's news by consent: an association's editors propose one of their articles for the international
 * site's listings, and the network's editors (its administrators and the international site's editors) accept or
 * decline it. Only accepted articles are listed by the network; whoever decides for the network shares an article
 * directly.
 */
package org.makemothersmatter.core.proposals;
