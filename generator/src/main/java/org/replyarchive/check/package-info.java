/**
 * Checks beyond validation: that each reply's published text stays faithful to the provenance text it was
 * imported from. Reports problems as values with the reply file's line and column.
 */
package org.replyarchive.check;
