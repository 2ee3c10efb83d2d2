package org.replyarchive.problem;

/**
 * Thrown when a value a person gave a goal — a {@code -Dreply-archive.…} property or a POM parameter — is wrong:
 * an unknown session, an encoding Java does not know, an output folder that overlaps the content. The message
 * says what is wrong and what would be right. Like {@link ContentProblemsException} it is the user's mistake,
 * not a bug, and carries no stack trace; it extends {@link IllegalArgumentException} because it is one.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
