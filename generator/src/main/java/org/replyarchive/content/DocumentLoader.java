package org.replyarchive.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.replyarchive.config.Language;
import org.replyarchive.model.CaseDocument;
import org.replyarchive.model.Department;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.DocumentKind;
import org.replyarchive.model.Localized;
import org.replyarchive.model.ReplyText;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.problem.Suggestions;

/**
 * Reads the other documents of one case ({@code <slug>.<suffix>.<lang>.md}): each official file's
 * {@code doc_number}, {@code date} and optional {@code title}, each translation's optional {@code title}, and
 * checks that each is dated where its kind belongs — an interim reply or co-handling opinion before the reply, a
 * second reply or follow-up after it. Bodies are kept as digests, and withheld as the reply's are.
 */
final class DocumentLoader {

    static final Set<String> KEYS = Set.of("title", "doc_number", "date");
    static final Set<String> TRANSLATION_KEYS = Set.of("title");

    private final Language official;
    private final Map<String, Department> departments;
    private final Problems problems;
    private final BodyDigests digests;

    DocumentLoader(Language official, Map<String, Department> departments, Problems problems, BodyDigests digests) {
        this.official = official;
        this.departments = departments;
        this.problems = problems;
        this.digests = digests;
    }

    /** The documents of the reply dated {@code replied}, from the files of its case, by language. */
    List<CaseDocument> load(List<ContentScanner.FoundDocument> files, LocalDate replied, Disclosure disclosure) {
        Map<String, Map<Language, ContentScanner.FoundDocument>> bySuffix = new java.util.TreeMap<>();
        files.forEach(f -> bySuffix.computeIfAbsent(f.suffix(), s -> new EnumMap<>(Language.class))
                .put(f.found().language(), f));
        List<CaseDocument> documents = new ArrayList<>();
        bySuffix.forEach((suffix, group) -> {
            ContentScanner.FoundDocument main = group.get(official);
            if (main == null) {
                group.values().forEach(t -> problems.error(SourcePosition.ofFile(t.found().path()),
                        "this translation of a document has no official file", "add " + t.found().path()
                                .replaceAll("\\.[a-z]+\\.md$", "." + official.code() + ".md")));
                return;
            }
            read(main, group, replied, disclosure).ifPresent(documents::add);
        });
        return documents;
    }

    private Optional<CaseDocument> read(ContentScanner.FoundDocument main,
            Map<Language, ContentScanner.FoundDocument> group, LocalDate replied, Disclosure disclosure) {
        Optional<ReplyFile> parsed = ReplyFile.read(main.found(), problems, digests);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        DocumentKind kind = DocumentKind.ofSuffix(main.suffix()).orElseThrow();
        FieldReader r = new FieldReader(parsed.get().yaml(), "the document's front matter", KEYS, problems);
        Optional<String> docNumber = r.requiredText("doc_number", "吉科函〔2023〕12号");
        Optional<LocalDate> date = TypedFields.requiredDate(r, "date").filter(d -> inOrder(r, kind, d, replied));
        Optional<String> title = r.text("title", "关于……的阶段性答复");
        Optional<Department> department = kind == DocumentKind.CO_OPINION
                ? department(main, main.suffix().substring(3)) : Optional.empty();
        Map<Language, ReplyText> texts = new EnumMap<>(Language.class);
        texts.put(official, published(parsed.get(), disclosure));
        String translatedTitle = null;
        for (ContentScanner.FoundDocument t : group.values()) {
            if (t == main) {
                continue;
            }
            Optional<ReplyFile> translation = ReplyFile.read(t.found(), problems, digests);
            if (translation.isPresent()) {
                FieldReader tr = new FieldReader(translation.get().yaml(), "the translation's front matter",
                        TRANSLATION_KEYS, problems);
                translatedTitle = tr.text("title", "Interim reply on …").orElse(translatedTitle);
                texts.put(t.found().language(), published(translation.get(), disclosure));
            }
        }
        if (docNumber.isEmpty() || date.isEmpty() || (kind == DocumentKind.CO_OPINION && department.isEmpty())) {
            return Optional.empty();
        }
        String otherTitle = translatedTitle;
        return Optional.of(new CaseDocument(main.suffix(), kind, department, docNumber.get(), date.get(),
                title.map(t -> Localized.of(t, otherTitle)), texts));
    }

    /** Whether {@code date} stands where {@code kind} belongs, against the reply's date; a problem if not. */
    private boolean inOrder(FieldReader r, DocumentKind kind, LocalDate date, LocalDate replied) {
        boolean ok = kind.beforeReply() ? !date.isAfter(replied) : date.isAfter(replied);
        if (!ok) {
            String what = switch (kind) {
                case INTERIM -> "the interim reply's date " + date + " is after the reply's date " + replied;
                case CO_OPINION -> "the co-handling opinion's date " + date + " is after the reply's date " + replied;
                case SECOND -> "the second reply's date " + date + " is not after the first reply's date " + replied;
                case FOLLOW_UP -> "the follow-up's date " + date + " is not after the reply's date " + replied;
            };
            r.reportAt("date", what, kind.beforeReply()
                    ? (kind == DocumentKind.INTERIM ? "an interim reply" : "a co-handling opinion")
                            + " comes before the reply: date it on or before " + replied + ", or correct the reply's date"
                    : "it answers after the first reply: date it after " + replied + ", or correct the reply's date");
        }
        return ok;
    }

    private Optional<Department> department(ContentScanner.FoundDocument file, String key) {
        Department department = departments.get(key);
        if (department == null) {
            problems.error(SourcePosition.ofFile(file.found().path()), "unknown department '" + key
                    + "' in the name of this co-handling opinion", Suggestions.didYouMean(key, departments.keySet())
                    + " (name the file <slug>.co-<key of registry/departments.yaml>.<language>.md)");
        }
        return Optional.ofNullable(department);
    }

    /** The document's published text: its body when the reply is disclosed in full, else nothing. */
    private ReplyText published(ReplyFile file, Disclosure disclosure) {
        if (disclosure != Disclosure.FULL) {
            return new ReplyText(file.path(), file.body().firstBodyLine(), BodyReader.digest(""), Optional.of(""));
        }
        if (file.body().empty()) {
            problems.error(new SourcePosition(file.path(), file.body().firstBodyLine(), 1), "the document has no body",
                    "write the document's text below the front matter, or remove the file");
        }
        return new ReplyText(file.path(), file.body().firstBodyLine(), file.body().digest(), Optional.empty());
    }
}
