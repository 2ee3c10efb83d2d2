package org.replyarchive.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.replyarchive.model.ProposalKind;

/**
 * The fields of a reply's front matter, each written known or as {@code TODO} with the one hint both {@code new}
 * and {@code import} give for it. Fields the two fill from different knowledge (proposers, co-handling
 * departments) are written through {@link #text()} directly. Per draft; not thread-safe.
 */
public final class ReplyFrontMatter {

    private final FrontMatterText text;

    /** The front matter of the draft at {@code path} in the content folder. */
    public ReplyFrontMatter(String path) {
        this.text = new FrontMatterText(path);
    }

    /** The lines written so far, for fields this class has no rule for. */
    public FrontMatterText text() {
        return text;
    }

    public void title(Optional<String> title) {
        text.scalar("", "title", "title", title, "the title, ending in 的答复");
    }

    public void docNumber(Optional<String> docNumber) {
        text.scalar("", "doc_number", "doc_number", docNumber, "the document number, e.g. 吉科发人才〔2023〕91号");
    }

    /** The date; its hint names {@code year}, the year of the folder the draft goes in. */
    public void date(Optional<LocalDate> date, int year) {
        text.scalar("", "date", "date", date.map(LocalDate::toString),
                "the date under the signature, as YYYY-MM-DD, in " + year);
    }

    /** {@code session:} as a key of the registry, or TODO. */
    public void session(Optional<String> key) {
        text.scalar("", "session", "session", key,
                "a key of registry/sessions.yaml for the 届/次 the title names, e.g. cppcc-13-1");
    }

    /** {@code proposal:} and its number and kind; its title and proposers follow. */
    public void proposal(Optional<String> number, Optional<ProposalKind> kind) {
        text.line("proposal:");
        text.scalar("  ", "number", "proposal.number", number,
                "the number in the title (第…号), as printed, e.g. 2023D51");
        text.scalar("  ", "kind", "proposal.kind", kind.map(ProposalKind::key), KindNames.hint());
    }

    public void proposalTitle(Optional<String> title) {
        text.scalar("  ", "title", "proposal.title", title,
                "the proposal's title, from 《…》 in the opening sentence, without 《》");
    }

    /** {@code handling:} and its lead department; the co-handling departments follow. */
    public void lead(Optional<String> key, String hint) {
        text.line("handling:");
        text.scalar("  ", "lead", "handling.lead", key, hint);
    }

    /** {@code topics:}, always left to a human: only a reader can tell what a reply is about. */
    public void topics() {
        text.list("", "topics", "topics", List.of(), List.of("choose one or more keys of registry/topics.yaml"),
                "keys of registry/topics.yaml");
    }

    /** {@code disclosure:}, as known or TODO. */
    public void disclosure(Optional<String> disclosure) {
        text.scalar("", "disclosure", "disclosure", disclosure, "full, summary or title-only");
    }

    /** {@code summary:}, always left to a human. */
    public void summary() {
        text.scalar("", "summary", "summary", Optional.empty(), "one or two sentences, at most 200 characters");
    }

    /** The closing {@code ---}: the text is complete. */
    public String close() {
        text.line("---");
        return text.text();
    }
}
