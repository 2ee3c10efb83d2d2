package org.replyarchive.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.replyarchive.draft.KindNames;
import org.replyarchive.model.Body;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Reads the metadata and the body out of the text of a reply. The text runs: title (ending in 答复, perhaps over
 * several lines), document number (perhaps split over lines and run into the salutation), salutation ending in a
 * colon, body, signature and date. Stateless and thread-safe.
 */
final class ReplyTextParser {

    private static final Pattern NUMBER_IN_TITLE = Pattern.compile("第([A-Za-z0-9]+)号");
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?:编号|案号)[：:]?([A-Za-z0-9]+)");
    private static final Pattern PROPOSAL_TITLE = Pattern.compile("《([^《》]+)》");
    private static final Pattern CO_HANDLERS = Pattern.compile("协办(?:单位)?[：:]([^）)。；;]+)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]|和|及|与");
    private static final String NUMERAL = "([〇零一二三四五六七八九十\\d]{1,3})";
    private static final Pattern CPPCC = Pattern.compile(
            "政协(?:吉林省)?(?:委员会)?第?" + NUMERAL + "届(?:委员会)?第?" + NUMERAL + "次(?:全体)?会议");
    private static final Pattern NPC = Pattern.compile(
            "第?" + NUMERAL + "届(?:吉林)?省?(?:人大|人民代表大会)(?:常委会)?第?" + NUMERAL + "次会议");
    private static final Pattern NPC_TERM_AFTER = Pattern.compile(
            "(?:人大|人民代表大会)第?" + NUMERAL + "届第?" + NUMERAL + "次会议");
    private static final Pattern PARTY = Pattern.compile(
            "^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联).*(?:委会|委员会)$");
    private static final Map<String, ProposalKind> KINDS = KindNames.spellings();

    private ReplyTextParser() {}


    /**
     * Parses {@code text}, read from {@code path}; empty after a problem when it is empty or not a reply.
     */
    static Optional<ParsedReply> parse(String text, String path, Problems problems) {
        List<TextLine> all = TextLine.of(text);
        List<TextLine> lines = all.stream().filter(l -> !l.isBlank() && !BodyReflow.isPageNumber(l)).toList();
        if (all.stream().allMatch(TextLine::isBlank)) {
            problems.error(SourcePosition.ofFile(path), "the file is empty",
                    "import a file that holds the text of a reply, copied out of its PDF or Word file");
            return Optional.empty();
        }
        Optional<ReplyLayout.Header> header = ReplyLayout.Header.read(lines);
        if (header.isEmpty()) {
            TextLine first = lines.isEmpty() ? all.get(0) : lines.get(0);
            problems.error(new SourcePosition(path, first.number(), 1), "this is not the text of a reply: none of its"
                    + " first lines is a title ending in 答复 (it begins «" + excerpt(first.compact()) + "»)",
                    "import the text of a published reply, which begins with a title such as"
                            + " 关于对省政协十三届一次会议第2023D51号党派团体提案的答复");
            return Optional.empty();
        }
        ReplyLayout.Signature signature = ReplyLayout.Signature.read(lines, header.get().bodyStart());
        return Optional.of(assemble(header.get(), signature, lines, all));
    }

    private static ParsedReply assemble(ReplyLayout.Header header, ReplyLayout.Signature signature,
            List<TextLine> lines, List<TextLine> all) {
        List<TextLine> bodyLines = new ArrayList<>(header.bodyPrefix());
        bodyLines.addAll(lines.subList(header.bodyStart(), signature.start()));
        List<String> paragraphs = new ArrayList<>(BodyReflow.paragraphs(bodyLines));
        header.salutation().ifPresent(s -> paragraphs.add(0, s));
        String opening = paragraphs.size() > (header.salutation().isPresent() ? 1 : 0)
                ? paragraphs.get(header.salutation().isPresent() ? 1 : 0) : "";
        String title = header.title();
        Optional<String> salutation = header.salutation().map(s -> s.substring(0, s.length() - 1));
        return new ParsedReply(title, header.docNumber(), session(title).or(() -> session(opening)),
                proposalNumber(title, opening), kind(title, opening, salutation), first(PROPOSAL_TITLE, opening),
                salutation, coHandlers(paragraphs), sectionOpenings(paragraphs), signature.issuer(), signature.date(),
                paragraphs, sourceText(all), signature.leftOut());
    }

    private static Optional<String> proposalNumber(String title, String opening) {
        return first(NUMBER_IN_TITLE, title).or(() -> first(NUMBER_IN_TEXT, opening))
                .or(() -> first(NUMBER_IN_TITLE, opening));
    }

    private static Optional<ProposalKind> kind(String title, String opening, Optional<String> salutation) {
        for (String text : List.of(title, opening)) {
            for (Map.Entry<String, ProposalKind> kind : KINDS.entrySet()) {
                if (text.contains(kind.getKey())) {
                    return Optional.of(kind.getValue());
                }
            }
        }
        return salutation.flatMap(s -> s.endsWith("委员") ? Optional.of(ProposalKind.MEMBER)
                : s.endsWith("代表") ? Optional.of(ProposalKind.DEPUTY)
                : PARTY.matcher(s).matches() ? Optional.of(ProposalKind.PARTY_GROUP) : Optional.empty());
    }

    static Optional<SessionMention> session(String text) {
        Matcher cppcc = CPPCC.matcher(text);
        if (cppcc.find()) {
            return mention(Body.CPPCC, cppcc);
        }
        Matcher npc = NPC.matcher(text);
        if (npc.find()) {
            return mention(Body.NPC, npc);
        }
        Matcher npcAfter = NPC_TERM_AFTER.matcher(text);
        return npcAfter.find() ? mention(Body.NPC, npcAfter) : Optional.empty();
    }

    private static Optional<SessionMention> mention(Body body, Matcher m) {
        OptionalInt term = ChineseNumerals.parse(m.group(1));
        OptionalInt meeting = ChineseNumerals.parse(m.group(2));
        if (term.isEmpty() || meeting.isEmpty() || term.getAsInt() < 1 || meeting.getAsInt() < 1) {
            return Optional.empty();
        }
        return Optional.of(new SessionMention(body, term.getAsInt(), meeting.getAsInt()));
    }

    private static Optional<List<String>> coHandlers(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            Matcher m = CO_HANDLERS.matcher(paragraph);
            if (m.find()) {
                return Optional.of(Arrays.stream(LIST_SEPARATOR.split(m.group(1)))
                        .map(name -> name.strip().replaceAll("等$", ""))
                        .filter(name -> !name.isEmpty())
                        .toList());
            }
        }
        return Optional.empty();
    }

    private static List<String> sectionOpenings(List<String> paragraphs) {
        return paragraphs.stream().map(BodyReflow::afterSubsectionMarker).flatMap(Optional::stream).toList();
    }

    private static String sourceText(List<TextLine> all) {
        return all.stream().filter(line -> !BodyReflow.isPageNumber(line)).map(TextLine::text)
                .collect(Collectors.joining("\n"));
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String excerpt(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

}
