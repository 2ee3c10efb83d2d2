package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.config.Language;
import org.replyarchive.model.GlossaryTerm;

/**
 * Finds glossary terms in a text of one language. Chinese: the term and its aliases as written (and without
 * their quotation marks), the longest form winning where forms overlap, so that 专精特新“小巨人”企业 is that term
 * and not also 专精特新. English: the term and its declared variants, case-insensitive, on word boundaries,
 * across hyphens, line breaks and quotation marks between words, with a plural {@code s} allowed.
 */
final class TermFinder {

    /** One occurrence: the text's {@code [start, end)} is term {@code key}. */
    record Found(int start, int end, String key) {}

    /**
     * A form of a term: its Chinese text, or its English pattern; {@code initial} is the character (lower case
     * in English) it starts with, by which the scan finds the forms to try at a place.
     */
    private record Form(String chinese, EnglishPhrase english, int length, String key, char initial) {}

    private static final Pattern CHINESE_QUOTES = Pattern.compile("[“”]");
    private static final Pattern QUOTED_NAME = Pattern.compile("[\"“]([^\"“”]+)[\"”]");
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z]{2,})\\)");

    private final ByInitial<Form> byInitial = new ByInitial<>();
    private final boolean chinese;

    TermFinder(List<GlossaryTerm> glossary, Language language) {
        this.chinese = language == Language.ZH;
        for (GlossaryTerm term : glossary) {
            for (String form : chinese ? chineseForms(term) : englishForms(term)) {
                Form f = chinese ? new Form(form, null, form.length(), term.key(), form.charAt(0))
                        : englishForm(form, term.key());
                if (f != null) {
                    byInitial.add(f.initial(), f);
                }
            }
        }
        byInitial.finish(null);
    }

    private static Form englishForm(String form, String key) {
        EnglishPhrase phrase = EnglishPhrase.of(form);
        return phrase == null ? null : new Form(null, phrase, form.length(), key, phrase.initial());
    }

    private record Candidate(int start, int end, Form form) {}

    /**
     * Every occurrence in {@code text} outside {@code taken} (which it marks), in text order. Where occurrences
     * overlap, the longest form wins, then the first in the text: as the terminology check counts them.
     */
    List<Found> in(String text, boolean[] taken) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            List<Form> forms = byInitial.startingWith(chinese ? c : Character.toLowerCase(c));
            if (forms == null || !chinese && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            for (Form form : forms) {
                if (chinese) {
                    if (text.startsWith(form.chinese(), i)) {
                        candidates.add(new Candidate(i, i + form.chinese().length(), form));
                    }
                } else {
                    int end = form.english().endAt(text, i);
                    if (end >= 0) {
                        candidates.add(new Candidate(i, end, form));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate k) -> k.form().length()).reversed()
                .thenComparing(k -> k.form().key()).thenComparingInt(Candidate::start));
        List<Found> found = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int[] span = balanced(text, candidate.start(), candidate.end());
            if (span[1] > span[0] && free(taken, span[0], span[1])) {
                java.util.Arrays.fill(taken, span[0], span[1], true);
                found.add(new Found(span[0], span[1], candidate.form().key()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * {@code [start, end)} widened by the quotation mark that closes (or opens) one it holds, so that a mark of
     * {@code the "Proposal"} never ends inside the quotation.
     */
    private static int[] balanced(String text, int start, int end) {
        long quotes = text.substring(start, end).chars().filter(c -> c == '"' || c == '“' || c == '”').count();
        if (quotes % 2 == 1) {
            if (end < text.length() && "\"”".indexOf(text.charAt(end)) >= 0) {
                return new int[] {start, end + 1};
            }
            if (start > 0 && "\"“".indexOf(text.charAt(start - 1)) >= 0) {
                return new int[] {start - 1, end};
            }
        }
        return new int[] {start, end};
    }

    static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** The term and its aliases, each also without its Chinese quotation marks (as TermForms reads them). */
    private static List<String> chineseForms(GlossaryTerm term) {
        List<String> forms = new ArrayList<>();
        List<String> written = new ArrayList<>(term.aliases());
        written.add(0, term.term().zh());
        for (String form : written) {
            forms.add(form);
            forms.add(CHINESE_QUOTES.matcher(form).replaceAll(""));
        }
        return forms.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
    }

    /**
     * The English forms as written: the term and each variant, also without an aside in brackets, its quoted
     * name alone, and its abbreviation alone (the forms the terminology check accepts, before normalising).
     */
    private static List<String> englishForms(GlossaryTerm term) {
        List<String> written = new ArrayList<>(term.englishVariants());
        if (term.term().en() != null) {
            written.add(0, term.term().en());
        }
        List<String> forms = new ArrayList<>();
        for (String form : written) {
            forms.add(form);
            forms.add(ASIDE.matcher(form).replaceAll(""));
            Matcher name = QUOTED_NAME.matcher(form);
            if (name.find()) {
                forms.add(name.group(1));
            }
            Matcher abbreviation = ABBREVIATION.matcher(form);
            if (abbreviation.find()) {
                forms.add(abbreviation.group(1));
            }
        }
        return forms.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
    }
}
