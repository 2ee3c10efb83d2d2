/**
 * Checks beyond validation, each reporting problems as values: {@link org.replyarchive.check.LinkChecker}
 * reads every internal link and asset reference of a built site, {@link org.replyarchive.check.FidelityChecker}
 * compares each reply's published text with the provenance text it was imported from, and
 * {@link org.replyarchive.check.SiteChecker} runs validation, a build into a temporary folder and both checks
 * at once. Never writes into a site's output folder.
 */
package org.replyarchive.check;
