package org.replyarchive.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.replyarchive.content.TermForms;
import org.replyarchive.model.GlossaryTerm;

/**
 * Finds the glossary terms a Chinese text holds. The longest form wins where forms overlap, so that
 * 专精特新“小巨人”企业 counts as that term and not also as 专精特新, which a translation renders inside it.
 */
final class TermOccurrences {

    private record Form(String chinese, GlossaryTerm term) {}

    private final List<Form> longestFirst;

    TermOccurrences(List<GlossaryTerm> glossary) {
        List<Form> forms = new ArrayList<>();
        for (GlossaryTerm term : glossary) {
            TermForms.chinese(term).forEach(form -> forms.add(new Form(form, term)));
        }
        forms.sort(Comparator.comparingInt((Form f) -> f.chinese().length()).reversed()
                .thenComparing(f -> f.term().key()));
        this.longestFirst = List.copyOf(forms);
    }

    /** The terms {@code chinese} holds, in the order of the glossary's longest forms. */
    Set<GlossaryTerm> in(String chinese) {
        boolean[] taken = new boolean[chinese.length()];
        Set<GlossaryTerm> found = new LinkedHashSet<>();
        for (Form form : longestFirst) {
            int at = chinese.indexOf(form.chinese());
            while (at >= 0) {
                if (!anyTaken(taken, at, form.chinese().length())) {
                    java.util.Arrays.fill(taken, at, at + form.chinese().length(), true);
                    found.add(form.term());
                }
                at = chinese.indexOf(form.chinese(), at + 1);
            }
        }
        return found;
    }

    private static boolean anyTaken(boolean[] taken, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
