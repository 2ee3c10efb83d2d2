package org.replyarchive.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.replyarchive.model.ProposalKind;

/**
 * What the text of a reply says about itself, before any name is matched to a registry key. Empty means the text
 * did not say it in a way the parser recognises.
 *
 * @param title the title, e.g. {@code 关于对省政协十三届一次会议第2023D51号党派团体提案的答复}
 * @param docNumber the document number with the year in 〔〕 and no spaces
 * @param session the session the proposal was made at
 * @param proposalNumber the proposal or suggestion number as printed
 * @param kind the kind of proposal
 * @param proposalTitle the proposal's title without 《》
 * @param salutation whom the reply addresses, without the colon: {@code 民进省委会}, {@code 李秀玉委员}
 * @param coHandlers the departments named after {@code 协办：}, when the text names them so
 * @param sectionOpenings the text after each {@code （一）} that opens a paragraph, where a department answers
 * @param issuer the department that signs the reply
 * @param date the date under the signature
 * @param paragraphs the body from the salutation to the closing thanks, one paragraph each
 * @param sourceText the text as imported, without the lines that held only a page number
 * @param leftOut lines after the date that are in neither the body nor the front matter
 */
record ParsedReply(
        String title,
        Optional<String> docNumber,
        Optional<SessionMention> session,
        Optional<String> proposalNumber,
        Optional<ProposalKind> kind,
        Optional<String> proposalTitle,
        Optional<String> salutation,
        Optional<List<String>> coHandlers,
        List<String> sectionOpenings,
        Optional<String> issuer,
        Optional<LocalDate> date,
        List<String> paragraphs,
        String sourceText,
        List<TextLine> leftOut) {

    ParsedReply {
        Objects.requireNonNull(title, "title must not be null");
        coHandlers = coHandlers.map(List::copyOf);
        sectionOpenings = List.copyOf(sectionOpenings);
        paragraphs = List.copyOf(paragraphs);
        leftOut = List.copyOf(leftOut);
    }

    /** The year of the document number: {@code 2023} of {@code 吉科发人才〔2023〕91号}. */
    Optional<Integer> docNumberYear() {
        return docNumber.map(d -> d.replaceAll(".*〔(\\d{4})〕.*", "$1")).filter(y -> y.matches("\\d{4}"))
                .map(Integer::valueOf);
    }
}
