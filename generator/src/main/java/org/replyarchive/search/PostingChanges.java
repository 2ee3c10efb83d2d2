package org.replyarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The postings one edit changes: for each changed document, the terms whose posting differs between its old
 * and new terms (both in term order, so one pass finds them). A value of 0 removes the posting.
 */
final class PostingChanges {

    record Change(byte[] term, int hash, int doc, int value, int block) {}

    private final List<Change> changes = new ArrayList<>();

    void compare(int doc, DocumentTerms before, DocumentTerms after) {
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int order = i == before.size() ? 1 : j == after.size() ? -1 : before.compare(i, after, j);
            if (order < 0) {
                changes.add(new Change(before.term(i), before.hashes()[i], doc, 0, 0));
                i++;
            } else if (order > 0) {
                changes.add(new Change(after.term(j), after.hashes()[j], doc, after.values()[j], after.blocks()[j]));
                j++;
            } else {
                if (!before.samePosting(i, after, j)) {
                    changes.add(new Change(after.term(j), after.hashes()[j], doc, after.values()[j], after.blocks()[j]));
                }
                i++;
                j++;
            }
        }
    }

    int size() {
        return changes.size();
    }

    /** The changes grouped by term, terms in UTF-8 order, each group in document order. */
    List<List<Change>> byTerm() {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort((a, b) -> {
            int order = Arrays.compareUnsigned(a.term(), b.term());
            return order != 0 ? order : Integer.compare(a.doc(), b.doc());
        });
        List<List<Change>> groups = new ArrayList<>();
        for (Change c : sorted) {
            if (groups.isEmpty() || !Arrays.equals(groups.get(groups.size() - 1).get(0).term(), c.term())) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(c);
        }
        return groups;
    }
}
