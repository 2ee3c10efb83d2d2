package org.replyarchive.content;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.replyarchive.model.TranslationStamp;
import org.replyarchive.problem.Problems;

/**
 * Reads a translation's front matter. It holds only what it translates ({@code title}, {@code proposal.title},
 * {@code summary}); any other field is inherited, and repeating one with another value is an error.
 */
final class TranslationReader {

    private static final Set<String> TRANSLATED = Set.of("title", "summary");

    /** The keys only a translation has: what it records of the official text it renders. */
    private static final Set<String> KEYS = translationKeys();

    /** The translated texts of a reply, and what the translation records of its origin. */
    record TranslatedFields(String title, Optional<String> proposalTitle, Optional<String> summary,
            Optional<TranslationStamp> stamp, List<String> termExceptions) {}

    private final Problems problems;
    private final TranslationStampReader stamps;

    TranslationReader(Problems problems, Set<String> glossaryKeys) {
        this.problems = problems;
        this.stamps = new TranslationStampReader(problems, glossaryKeys);
    }

    private static Set<String> translationKeys() {
        Set<String> keys = new HashSet<>(OfficialFieldsReader.KEYS);
        keys.add(TranslationStampReader.STAMP_KEY);
        keys.add(TranslationStampReader.EXCEPTIONS_KEY);
        return Set.copyOf(keys);
    }

    Optional<TranslatedFields> read(YamlNode.Mapping yaml, YamlNode.Mapping official, String officialPath) {
        FieldReader r = new FieldReader(yaml, "the translation's front matter", KEYS, problems);
        checkInherited(yaml, official, officialPath, OfficialFieldsReader.KEYS, "");
        Optional<String> title = r.requiredText("title", "Reply to Proposal No. 2023D51 …");
        Optional<String> summary = r.text("summary", "One or two sentences.");
        Optional<String> proposalTitle = r.node("proposal").flatMap(node -> proposalTitle(node, official, officialPath));
        Optional<TranslationStamp> stamp = stamps.stamp(r);
        List<String> exceptions = stamps.exceptions(r);
        return title.map(t -> new TranslatedFields(t, proposalTitle, summary, stamp, exceptions));
    }

    private Optional<String> proposalTitle(YamlNode node, YamlNode.Mapping official, String officialPath) {
        Optional<FieldReader> reader = FieldReader.of(node, "'proposal'", OfficialFieldsReader.PROPOSAL_KEYS, problems);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        YamlNode officialProposal = official.entries().containsKey("proposal")
                ? official.entries().get("proposal").value() : null;
        if (officialProposal instanceof YamlNode.Mapping officialMapping) {
            checkInherited((YamlNode.Mapping) node, officialMapping, officialPath, OfficialFieldsReader.PROPOSAL_KEYS,
                    "proposal.");
        }
        return reader.get().text("title", "Proposal on …");
    }

    /** Every inherited key the translation repeats must have the official file's value. */
    private void checkInherited(
            YamlNode.Mapping translation, YamlNode.Mapping official, String officialPath, Set<String> known, String prefix) {
        for (YamlNode.Entry entry : translation.entries().values()) {
            String key = entry.key();
            if (!known.contains(key) || TRANSLATED.contains(key) || key.equals("proposal")) {
                continue;
            }
            YamlNode.Entry inherited = official.entries().get(key);
            String officialValue = inherited == null ? null : inherited.value().canonical();
            if (!entry.value().canonical().equals(officialValue)) {
                problems.error(entry.value().position(), "'" + prefix + key + "' is '" + entry.value().canonical()
                        + "' here but " + (officialValue == null ? "absent" : "'" + officialValue + "'") + " in "
                        + officialPath, "remove it: a translation inherits every field but title, proposal.title"
                        + " and summary from the official file");
            }
        }
    }
}
