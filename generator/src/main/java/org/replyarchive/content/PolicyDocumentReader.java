package org.replyarchive.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyarchive.model.Localized;
import org.replyarchive.model.PolicyDocument;
import org.replyarchive.problem.Problems;

/**
 * Reads the entries of {@code registry/documents.yaml} one after the other, checking each and checking that no
 * two claim the same title or number, which would leave a citation two pages to link to.
 */
final class PolicyDocumentReader {

    static final String PATH = "registry/documents.yaml";

    private static final Pattern DOC_NUMBER = Pattern.compile("\\p{IsHan}{2,12}〔\\d{4}〕\\d{1,4}号");
    private static final Pattern WRONG_BRACKETS = Pattern.compile("[【\\[（(]\\d{4}[】\\]）)]");

    private final Problems problems;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> numbers = new HashMap<>();

    PolicyDocumentReader(Problems problems) {
        this.problems = problems;
    }

    Optional<PolicyDocument> read(String key, YamlNode node) {
        return FieldReader.of(node, "document '" + key + "'", Set.of("title", "doc_number", "aliases"), problems)
                .flatMap(r -> {
                    Optional<Localized<String>> title = r.requiredLocalized("title");
                    Optional<String> number = r.text("doc_number", "吉科发人才〔2022〕245号");
                    List<YamlNode.Scalar> aliases = r.textItems("aliases");
                    // Each check runs whatever the others found, so that every problem is told at once.
                    boolean ok = title.map(t -> title(r, key, "title", t.zh())).orElse(false);
                    ok &= number.map(n -> number(r, key, n)).orElse(true);
                    for (YamlNode.Scalar alias : aliases) {
                        ok &= alias(key, alias);
                    }
                    if (!ok) {
                        return Optional.empty();
                    }
                    return Optional.of(new PolicyDocument(key, title.get(), number,
                            aliases.stream().map(a -> a.value().strip()).toList()));
                });
    }

    private boolean title(FieldReader r, String key, String field, String title) {
        if (title.startsWith("《") || title.endsWith("》")) {
            r.reportAt(field, "the title of document '" + key + "' is written with 《》",
                    "write it without them: '" + title.replaceAll("^《|》$", "") + "'");
            return false;
        }
        String other = titles.putIfAbsent(title, key);
        if (other != null && !other.equals(key)) {
            r.reportAt(field, "the title '" + title + "' of document '" + key + "' is already document '" + other
                    + "''s", "register a document once, listing its other titles under 'aliases'");
            return false;
        }
        return true;
    }

    private boolean alias(String key, YamlNode.Scalar alias) {
        String title = alias.value().strip();
        if (title.startsWith("《") || title.endsWith("》")) {
            problems.error(alias.position(), "the alias '" + title + "' of document '" + key
                    + "' is written with 《》", "write it without them: '" + title.replaceAll("^《|》$", "") + "'");
            return false;
        }
        String other = titles.putIfAbsent(title, key);
        if (other != null && !other.equals(key)) {
            problems.error(alias.position(), "the alias '" + title + "' of document '" + key
                    + "' is already a title of document '" + other + "'", "keep it under one document only");
            return false;
        }
        return true;
    }

    private boolean number(FieldReader r, String key, String number) {
        if (!DOC_NUMBER.matcher(number).matches()) {
            String fixed = WRONG_BRACKETS.matcher(number.replaceAll("\\s+", ""))
                    .replaceAll(m -> "〔" + m.group().substring(1, 5) + "〕");
            r.reportAt("doc_number", "the document number '" + number + "' of document '" + key
                    + "' is not an issuer, the year in 〔〕 and a number with 号", "write it as printed with 〔〕, e.g. '"
                    + (DOC_NUMBER.matcher(fixed).matches() ? fixed : "吉科发人才〔2022〕245号") + "'");
            return false;
        }
        String other = numbers.putIfAbsent(number, key);
        if (other != null) {
            r.reportAt("doc_number", "the document number '" + number + "' of document '" + key
                    + "' is already document '" + other + "''s", "give each document its own number, or merge the"
                    + " two entries");
            return false;
        }
        return true;
    }
}
