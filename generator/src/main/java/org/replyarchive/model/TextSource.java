package org.replyarchive.model;

/**
 * Gives the published Markdown of a {@link ReplyText}, reading it from its file when it is a body. Whoever
 * needs a text asks for it when it needs it and drops it after: the model never holds bodies.
 */
@FunctionalInterface
public interface TextSource {

    /**
     * The published Markdown of {@code text}.
     *
     * @throws org.replyarchive.problem.ContentProblemsException when the file cannot be read or has changed
     *     since the content was loaded
     */
    String markdown(ReplyText text);
}
