package org.replyarchive.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a stage so that a build reports all of them at once instead of stopping at the
 * first. Safe to use from several threads.
 */
public final class Problems {

    private final List<Problem> collected = new ArrayList<>();

    public synchronized void add(Problem problem) {
        collected.add(problem);
    }

    public void error(SourcePosition position, String message, String fix) {
        add(Problem.error(position, message, fix));
    }

    public void warning(SourcePosition position, String message, String fix) {
        add(Problem.warning(position, message, fix));
    }

    public synchronized void addAll(List<Problem> problems) {
        collected.addAll(problems);
    }

    public synchronized boolean hasErrors() {
        return collected.stream().anyMatch(Problem::isError);
    }

    /** Every problem so far, sorted by position so that reports read top to bottom, file by file. */
    public synchronized List<Problem> sorted() {
        return collected.stream().sorted().toList();
    }

    /** The warnings so far, sorted. */
    public List<Problem> warnings() {
        return sorted().stream().filter(p -> !p.isError()).toList();
    }

    /**
     * Ends a stage: throws one {@link ContentProblemsException} holding every problem if any is an error.
     */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new ContentProblemsException(sorted());
        }
    }
}
