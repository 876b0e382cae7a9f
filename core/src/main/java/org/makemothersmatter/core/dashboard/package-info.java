/**
 * The back office's first page, per account: what waits for it on its sites (changes to review or to publish,
 * drafts, scheduled articles, translations missing) and what its sites' teams did lately.
 */
package org.makemothersmatter.core.dashboard;
