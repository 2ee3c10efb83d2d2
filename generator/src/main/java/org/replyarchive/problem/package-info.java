/**
 * Problems in content as values: a {@link org.replyarchive.problem.SourcePosition} (path relative to the
 * content folder, 1-based line and column), a {@link org.replyarchive.problem.Problem} that says what is wrong
 * and what would be right, the {@link org.replyarchive.problem.Problems} collector every stage appends to, and
 * the one place where a problem is formatted, and where an offset in a text becomes a line and column
 * ({@link org.replyarchive.problem.SourcePosition#at}). A wrong value given to a goal is an
 * {@link org.replyarchive.problem.InvalidRequestException}. Owns no I/O.
 */
package org.replyarchive.problem;
