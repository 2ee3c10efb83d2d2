package org.replyarchive.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyarchive.model.Correction;
import org.replyarchive.model.SourceText;
import org.replyarchive.model.Department;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;
import org.replyarchive.model.Topic;
import org.replyarchive.problem.Problems;

/** Reads and checks the front matter of a reply's official-language file. */
final class OfficialFieldsReader {

    /** The keys of an official file's front matter, in the order the README documents them. */
    static final Set<String> KEYS = Set.of("title", "doc_number", "date", "session", "proposal", "handling",
            "topics", "disclosure", "summary", "source", CorrectionsReader.KEY);
    static final Set<String> PROPOSAL_KEYS = Set.of("number", "kind", "title", "proposers", "joint");
    static final Set<String> HANDLING_KEYS = union(Set.of("lead", "co"), CaseFieldsReader.KEYS);

    private static final Pattern WRONG_BRACKETS = Pattern.compile("[【】\\[\\]（）()]");
    private static final int SUMMARY_LIMIT = 200;

    private final Registries registries;
    private final RegistryReferences references;
    private final Path contentDirectory;
    private final Problems problems;
    private final CaseFieldsReader caseFields;

    OfficialFieldsReader(Registries registries, Path contentDirectory, Problems problems) {
        this.registries = registries;
        this.references = new RegistryReferences(registries, problems);
        this.contentDirectory = contentDirectory;
        this.problems = problems;
        this.caseFields = new CaseFieldsReader(registries.handlingRules(), problems);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    Optional<OfficialFields> read(YamlNode.Mapping yaml, int folderYear) {
        FieldReader r = new FieldReader(yaml, "the front matter", KEYS, problems);
        Optional<String> title = r.requiredText("title", "关于对省政协十三届一次会议第2023D51号党派团体提案的答复");
        Optional<String> docNumber = r.requiredText("doc_number", "吉科发人才〔2023〕91号").flatMap(d -> docNumber(r, d));
        Optional<LocalDate> date = TypedFields.requiredDate(r, "date").flatMap(d -> dateInFolderYear(r, d, folderYear));
        Optional<Session> session = r.requiredText("session", "cppcc-13-1")
                .flatMap(key -> references.one(r, "session", key, registries.sessions(), "session"));
        Optional<ProposalFields> proposal = r.requiredMapping("proposal", PROPOSAL_KEYS, "number, kind, title and proposers")
                .flatMap(this::proposal);
        Optional<HandlingFields> handling = r.requiredMapping("handling", HANDLING_KEYS, "lead and co")
                .flatMap(h -> handling(h, session, date));
        List<Topic> topics = references.list(r, "topics", registries.topics(), "topic");
        Optional<Disclosure> disclosure =
                Choices.required(r, "disclosure", Choices.keyed(Disclosure.values(), Disclosure::key));
        Optional<String> summary = r.text("summary", "一段不超过200字的摘要。");
        summary.filter(s -> s.codePointCount(0, s.length()) > SUMMARY_LIMIT).ifPresent(s -> problems.warning(
                r.positionOf("summary"), "the summary has " + s.codePointCount(0, s.length()) + " characters",
                "keep it within " + SUMMARY_LIMIT + " so lists and search results stay short"));
        Optional<SourceText> source = r.text("source", "sources/2023D51.txt").filter(s -> sourceExists(r, s))
                .map(s -> new SourceText(s, Sha256.ofFile(contentDirectory.resolve(s))));
        List<Correction> corrections = CorrectionsReader.read(r, date, problems);
        if (disclosure.filter(d -> d == Disclosure.SUMMARY).isPresent() && summary.isEmpty()) {
            problems.error(r.positionOf("disclosure"), "disclosure 'summary' publishes the summary, but there is none",
                    "add 'summary: …' or choose disclosure full or title-only");
            return Optional.empty();
        }
        if (title.isEmpty() || docNumber.isEmpty() || date.isEmpty() || session.isEmpty() || proposal.isEmpty()
                || handling.isEmpty() || disclosure.isEmpty()) {
            return Optional.empty();
        }
        ProposalFields p = proposal.get();
        return Optional.of(new OfficialFields(title.get(), docNumber.get(), date.get(), session.get(), p.number(),
                p.kind(), p.title(), p.proposers(), p.joint(), handling.get().lead(), handling.get().co(),
                handling.get().fields(), topics, disclosure.get(), summary, source, corrections, yaml));
    }

    private Optional<String> docNumber(FieldReader r, String docNumber) {
        if (WRONG_BRACKETS.matcher(docNumber).find() || docNumber.chars().anyMatch(Character::isWhitespace)) {
            String fixed = docNumber.replaceAll("\\s+", "").replaceAll("[【\\[（(](\\d{4})[】\\]）)]", "〔$1〕");
            problems.error(r.positionOf("doc_number"), "the document number '" + docNumber
                    + "' must write the year in 〔〕 with no spaces", "write '" + fixed + "'");
            return Optional.empty();
        }
        return Optional.of(docNumber);
    }

    private Optional<LocalDate> dateInFolderYear(FieldReader r, LocalDate date, int folderYear) {
        if (date.getYear() != folderYear) {
            problems.error(r.positionOf("date"), "the date " + date + " is not in " + folderYear
                    + ", the year of the reply's folder", "move the file to replies/" + date.getYear()
                    + "/ or correct the date");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private boolean sourceExists(FieldReader r, String source) {
        Path file;
        try {
            file = contentDirectory.resolve(source).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.error(r.positionOf("source"), "the source path '" + source.replace("\0", "\\0") + "' holds a"
                    + " character no file name may have (" + e.getReason() + ")",
                    "give a path relative to the content folder, e.g. sources/2023D51.txt");
            return false;
        }
        Optional<Path> outside = ContentPaths.leadsOutside(contentDirectory, file);
        if (outside.isPresent()) {
            problems.error(r.positionOf("source"), "the source file '" + source + "' "
                    + ContentPaths.outsideMessage(outside.get()), ContentPaths.OUTSIDE_FIX);
            return false;
        }
        Optional<String> broken = file.startsWith(contentDirectory) ? ContentPaths.brokenLink(file) : Optional.empty();
        if (broken.isPresent()) {
            problems.error(r.positionOf("source"), "the source file '" + source + "' " + broken.get(),
                    ContentPaths.BROKEN_FIX);
            return false;
        }
        if (!file.startsWith(contentDirectory) || !Files.isRegularFile(file)) {
            problems.error(r.positionOf("source"), "the source file '" + source + "' does not exist",
                    "give a path relative to the content folder, e.g. sources/2023D51.txt, or remove 'source'");
            return false;
        }
        return true;
    }

    private record ProposalFields(
            String number, ProposalKind kind, String title, List<Proposer> proposers, List<String> joint) {}

    private Optional<ProposalFields> proposal(FieldReader r) {
        Optional<String> number = r.requiredText("number", "2023D51");
        Optional<ProposalKind> kind = Choices.required(r, "kind", Choices.keyed(ProposalKind.values(), ProposalKind::key));
        Optional<String> title = r.requiredText("title", "关于助推我省民营科技企业健康发展的建议");
        List<Proposer> proposers = references.list(r, "proposers", registries.proposers(), "proposer");
        if (!r.has("proposers")) {
            problems.error(r.positionOf("proposers"), "'proposal' lacks the required key 'proposers'",
                    "add 'proposers: [key]' with keys from registry/proposers.yaml");
        }
        if (number.isEmpty() || kind.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProposalFields(number.get(), kind.get(), title.get(), proposers, joint(r, number.get())));
    }

    /** The other proposals answered by this reply (并案办理); the reply's own number or a repeat is refused. */
    private List<String> joint(FieldReader r, String own) {
        List<String> numbers = new java.util.ArrayList<>();
        for (YamlNode.Scalar item : r.textItems("joint")) {
            String number = item.value().strip();
            if (number.equals(own) || numbers.contains(number)) {
                problems.error(item.position(), "the proposal number '" + number + "' is listed twice", "list in"
                        + " 'joint' only the other proposals handled together with " + own + ", each once");
            } else {
                numbers.add(number);
            }
        }
        return numbers;
    }

    private record HandlingFields(Department lead, List<Department> co, CaseFieldsReader.CaseFields fields) {}

    private Optional<HandlingFields> handling(FieldReader r, Optional<Session> session, Optional<LocalDate> date) {
        Optional<Department> lead = r.requiredText("lead", "jl-kjt")
                .flatMap(key -> references.one(r, "lead", key, registries.departments(), "department"));
        List<Department> co = references.list(r, "co", registries.departments(), "department");
        CaseFieldsReader.CaseFields fields = caseFields.read(r, session, date);
        return lead.map(l -> new HandlingFields(l, co, fields));
    }
}
