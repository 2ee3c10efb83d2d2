package org.replyarchive.output;

/**
 * Thrown before anything is written when replacing the output folder could destroy files the generator did
 * not make: a folder that holds other files and no mark of an earlier build.
 */
public final class UnsafeOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message);
    }
}
