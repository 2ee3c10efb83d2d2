/**
 * The only writer of files: every output of a build is written into a staging folder beside the output
 * folder, which replaces the previous output only when the whole build has succeeded, by renames that leave a
 * complete site at every instant (or one that the next build's recovery puts back). One build at a time holds
 * the output's lock. Nothing is written or deleted outside the output folder, its lock file and the marked
 * folders of its own builds beside it.
 */
package org.replyarchive.output;
