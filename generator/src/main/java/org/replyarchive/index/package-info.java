/**
 * Browse indexes: replies grouped by year, session, proposer, department, topic and proposal kind, each
 * group newest first, groups in an order that is deterministic and follows each language's collation, and
 * pagination with stable page numbers.
 */
package org.replyarchive.index;
