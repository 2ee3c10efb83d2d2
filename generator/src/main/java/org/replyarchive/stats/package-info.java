/**
 * Figures of the archive computed from its metadata: replies per year, session, kind, lead department and
 * outcome, the on-time rate and the days from assignment to reply. Never reads a body, so nothing withheld can
 * reach a figure; never writes files (the {@code feed} package and the pages do).
 */
package org.replyarchive.stats;
