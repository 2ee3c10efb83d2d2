/**
 * The only writer of files: every output of a build is written into a staging folder beside the output
 * folder, which replaces the previous output only when the whole build has succeeded. Nothing outside the
 * output folder and its staging folders ({@link org.replyarchive.output.StagingFolders}) is ever written or
 * deleted.
 */
package org.replyarchive.output;
