/**
 * Builds that change little, run in a JVM of their own whose just-in-time compiler suits a short run: the
 * decision ({@link org.replyarchive.fork.SmallChange}), the parent's side ({@link org.replyarchive.fork.ForkedBuilds})
 * and the child's ({@link org.replyarchive.fork.ForkedBuild}), and the lines they exchange
 * ({@link org.replyarchive.fork.ForkMessages}). The output is the same whichever JVM builds it.
 */
package org.replyarchive.fork;
