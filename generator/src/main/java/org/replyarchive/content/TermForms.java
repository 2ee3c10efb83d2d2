package org.replyarchive.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.model.GlossaryTerm;

/**
 * How glossary terms are recognised in texts: the Chinese forms of a term as written, and its English forms
 * compared after {@link #normalizeEnglish}, so that case, quotation marks, hyphens, plural endings and line
 * breaks never count as a different rendering. Of an English form, the part in quotation marks is the name
 * and what follows it a description ({@code "open competition" (jiebang guashuai) mechanism}): the name alone
 * renders the term; an aside in brackets may be left out, and an abbreviation in brackets ({@code (SRDI)})
 * renders it alone.
 */
public final class TermForms {

    private static final Pattern QUOTES = Pattern.compile("[\"“”‘’'«»]");
    private static final Pattern DASHES = Pattern.compile("[\\-‐‑‒–—]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CHINESE_QUOTES = Pattern.compile("[“”]");
    private static final Pattern QUOTED_NAME = Pattern.compile("[\"“]([^\"“”]+)[\"”]");
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z]{2,})\\)");
    private static final Pattern PLURAL = Pattern.compile("(?<=\\p{L}{3})(?<!s)s\\b");

    private TermForms() {}

    /** The Chinese forms of {@code term}: its term and aliases, each also without quotation marks. */
    public static List<String> chinese(GlossaryTerm term) {
        List<String> forms = new ArrayList<>();
        List<String> written = new ArrayList<>(term.aliases());
        written.add(0, term.term().zh());
        for (String form : written) {
            addOnce(forms, form);
            addOnce(forms, CHINESE_QUOTES.matcher(form).replaceAll(""));
        }
        forms.removeIf(String::isBlank);
        return forms;
    }

    /** The English forms a translation may use for {@code term}, normalised: its term and declared variants. */
    public static List<String> english(GlossaryTerm term) {
        List<String> forms = new ArrayList<>();
        List<String> written = new ArrayList<>(term.englishVariants());
        if (term.term().en() != null) {
            written.add(0, term.term().en());
        }
        for (String form : written) {
            addOnce(forms, normalizeEnglish(form));
            addOnce(forms, normalizeEnglish(ASIDE.matcher(form).replaceAll("")));
            Matcher name = QUOTED_NAME.matcher(form);
            if (name.find()) {
                addOnce(forms, normalizeEnglish(name.group(1)));
            }
            Matcher abbreviation = ABBREVIATION.matcher(form);
            if (abbreviation.find()) {
                addOnce(forms, normalizeEnglish(abbreviation.group(1)));
            }
        }
        forms.removeIf(String::isBlank);
        return forms;
    }

    /**
     * English text as the terminology check compares it: lower case, no quotation marks, dashes and hyphens as
     * spaces ({@code technology-based}, {@code technology based}), one space between words, and no plural {@code s} (a word of four letters or more loses a final {@code s} not after another).
     */
    public static String normalizeEnglish(String text) {
        String unquoted = QUOTES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        String spaced = SPACES.matcher(DASHES.matcher(unquoted).replaceAll(" ")).replaceAll(" ").strip();
        return PLURAL.matcher(spaced).replaceAll("");
    }

    private static void addOnce(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }
}
