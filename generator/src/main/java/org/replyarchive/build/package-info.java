/**
 * What a build tells its caller: progress and warnings through a {@link org.replyarchive.build.BuildListener}
 * while it runs, a {@link org.replyarchive.build.BuildResult} when it succeeds. Depends on nothing but the
 * problem and config packages, so every stage and every front end (the facade, check, serve, import) can use
 * it without a package cycle.
 */
package org.replyarchive.build;
