package org.replyarchive.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.replyarchive.config.Language;

/**
 * A reply to a proposal, in its official language and, where one exists, in translation.
 *
 * <p>The model holds only what the reply discloses: for a {@link Disclosure#SUMMARY} reply the texts hold
 * the summary, for a {@link Disclosure#TITLE_ONLY} reply they are empty and there is no summary.
 *
 * @param texts the published text per language; the official language is always present
 * @param officialLanguage the language of the official text: the first of {@code site.yaml}'s languages
 * @param documents the case's other documents (interim reply, co-handling opinions, second reply, follow-up),
 *     oldest first; empty for a case of one document
 * @param corrections the corrections made to it since it was published, oldest first
 */
public record Reply(
        int year,
        String slug,
        Localized<String> title,
        String docNumber,
        LocalDate date,
        Session session,
        Proposal proposal,
        Handling handling,
        List<Topic> topics,
        Disclosure disclosure,
        Localized<String> summary,
        Optional<SourceText> source,
        Map<Language, ReplyText> texts,
        Language officialLanguage,
        List<CaseDocument> documents,
        List<Correction> corrections) {

    /** What a slug may contain. */
    public static final Pattern SLUG = Pattern.compile("[A-Za-z0-9-]+");

    /** Newest first; ties broken by year and slug so that the order never depends on file order. */
    public static final Comparator<Reply> NEWEST_FIRST = Comparator.comparing(Reply::date)
            .reversed()
            .thenComparing(Comparator.comparing(Reply::year).reversed())
            .thenComparing(Reply::slug);

    public Reply {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must match " + SLUG + ", got '" + slug + "'");
        }
        topics = List.copyOf(topics);
        corrections = List.copyOf(corrections);
        // An EnumMap keeps the languages in a fixed order, whatever order the loader found them in.
        texts = texts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(texts));
        Objects.requireNonNull(officialLanguage, "officialLanguage");
        documents = documents.stream().sorted(Comparator.comparing(CaseDocument::date)
                .thenComparing(CaseDocument::kind).thenComparing(CaseDocument::suffix)).toList();
        if (!texts.containsKey(officialLanguage)) {
            throw new IllegalArgumentException("a reply needs its official text, in " + officialLanguage.code());
        }
    }

    /** A reply in today's format: one document, the reply itself. */
    public Reply(int year, String slug, Localized<String> title, String docNumber, LocalDate date, Session session,
            Proposal proposal, Handling handling, List<Topic> topics, Disclosure disclosure,
            Localized<String> summary, Optional<SourceText> source, Map<Language, ReplyText> texts,
            Language officialLanguage) {
        this(year, slug, title, docNumber, date, session, proposal, handling, topics, disclosure, summary, source,
                texts, officialLanguage, List.of(), List.of());
    }

    /** A reply of one document, with its corrections. */
    public Reply(int year, String slug, Localized<String> title, String docNumber, LocalDate date, Session session,
            Proposal proposal, Handling handling, List<Topic> topics, Disclosure disclosure,
            Localized<String> summary, Optional<SourceText> source, Map<Language, ReplyText> texts,
            Language officialLanguage, List<Correction> corrections) {
        this(year, slug, title, docNumber, date, session, proposal, handling, topics, disclosure, summary, source,
                texts, officialLanguage, List.of(), corrections);
    }

    /** Whether a text written in {@code language} exists (as opposed to a page built from the registries). */
    public boolean isWrittenIn(Language language) {
        return texts.containsKey(language);
    }

    /** The day the reply last changed for readers: its date, or that of its latest correction. */
    public LocalDate updated() {
        return corrections.isEmpty() ? date : corrections.get(corrections.size() - 1).date();
    }

    /** A key unique in the archive: {@code 2023/2023D51}. */
    public String id() {
        return year + "/" + slug;
    }
}
