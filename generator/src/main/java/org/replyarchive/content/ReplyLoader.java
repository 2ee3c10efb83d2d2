package org.replyarchive.content;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.config.Language;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Handling;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Proposal;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Turns the reply files into {@link Reply} records: pairs each official file with its translations, reads
 * both, and keeps only what the reply's disclosure allows to be published.
 */
final class ReplyLoader {

    private final Language official;
    private final OfficialFieldsReader officialReader;
    private final TranslationReader translationReader;
    private final Problems problems;
    private final BodyDigests digests;
    private final DocumentLoader documentLoader;
    private Map<String, List<ContentScanner.FoundDocument>> documents = Map.of();

    ReplyLoader(Language official, Registries registries, java.util.Set<String> glossaryKeys, Path contentDirectory,
            Problems problems, BodyDigests digests) {
        this.official = official;
        this.digests = digests;
        this.officialReader = new OfficialFieldsReader(registries, contentDirectory, problems);
        this.translationReader = new TranslationReader(problems, glossaryKeys);
        this.problems = problems;
        this.documentLoader = new DocumentLoader(official, registries.departments(), problems, digests);
    }

    /** Loads the replies of {@code files} with the other documents of their cases, {@code documentFiles}. */
    List<Reply> load(List<ContentScanner.Found> files, List<ContentScanner.FoundDocument> documentFiles) {
        Map<String, List<ContentScanner.FoundDocument>> byCase = new LinkedHashMap<>();
        documentFiles.forEach(d -> byCase.computeIfAbsent(d.found().group() + "/" + d.found().name(),
                k -> new java.util.ArrayList<>()).add(d));
        java.util.Set<String> officialCases = new java.util.HashSet<>();
        files.stream().filter(f -> f.language() == official).forEach(f -> officialCases.add(f.group() + "/" + f.name()));
        byCase.forEach((key, docs) -> {
            if (!officialCases.contains(key)) {
                docs.forEach(d -> problems.error(SourcePosition.ofFile(d.found().path()), "this document has no reply",
                        "add replies/" + key + "." + official.code() + ".md, or correct the year or slug in its name"));
            }
        });
        this.documents = byCase;
        return load(files);
    }

    List<Reply> load(List<ContentScanner.Found> files) {
        // Each reply is read, split, parsed and validated on its own, and problems are sorted when reported:
        // worth all cores, since reading is most of the time of an incremental build.
        return groupByReply(files).values().parallelStream()
                .map(this::loadGroup)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Reply> loadGroup(Map<Language, ContentScanner.Found> group) {
        ContentScanner.Found officialFile = group.get(official);
        if (officialFile == null) {
            group.values().forEach(this::reportOrphanTranslation);
            return Optional.empty();
        }
        return loadReply(officialFile, group);
    }

    /** Groups the files of one reply; two slugs of a year that differ only in case would clash in URLs. */
    private Map<String, Map<Language, ContentScanner.Found>> groupByReply(List<ContentScanner.Found> files) {
        Map<String, Map<Language, ContentScanner.Found>> groups = new LinkedHashMap<>();
        for (ContentScanner.Found file : files) {
            String key = file.group() + "/" + file.name().toLowerCase(Locale.ROOT);
            Map<Language, ContentScanner.Found> group = groups.computeIfAbsent(key, k -> new EnumMap<>(Language.class));
            ContentScanner.Found clash = group.values().stream()
                    .filter(other -> !other.name().equals(file.name()))
                    .findFirst()
                    .orElse(group.get(file.language()));
            if (clash != null) {
                problems.error(SourcePosition.ofFile(file.path()), "the slug '" + file.name()
                        + "' is already used in " + file.group() + " by " + clash.path(),
                        "give each reply of a year its own slug (slugs that differ only in case clash in URLs)");
                continue;
            }
            group.put(file.language(), file);
        }
        return groups;
    }

    private void reportOrphanTranslation(ContentScanner.Found translation) {
        problems.error(SourcePosition.ofFile(translation.path()), "this translation has no official file",
                "add replies/" + translation.group() + "/" + translation.name() + "." + official.code()
                        + ".md, or correct the year or slug in this file's name");
    }

    private Optional<Reply> loadReply(ContentScanner.Found officialFile, Map<Language, ContentScanner.Found> group) {
        Optional<ReplyFile> parsed = ReplyFile.read(officialFile, problems, digests);
        Optional<OfficialFields> fields = parsed.flatMap(
                p -> officialReader.read(p.yaml(), Integer.parseInt(officialFile.group())));
        Map<Language, Translated> translations = new EnumMap<>(Language.class);
        for (ContentScanner.Found file : group.values()) {
            if (file.language() != official) {
                readTranslation(file, parsed, officialFile).ifPresent(t -> translations.put(file.language(), t));
            }
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(assemble(officialFile, parsed.get(), fields.get(), translations));
    }

    private record Translated(ReplyFile file, TranslationReader.TranslatedFields fields) {}

    private Optional<Translated> readTranslation(
            ContentScanner.Found file, Optional<ReplyFile> officialParsed, ContentScanner.Found officialFile) {
        Optional<ReplyFile> parsed = ReplyFile.read(file, problems, digests);
        if (parsed.isEmpty() || officialParsed.isEmpty()) {
            return Optional.empty();
        }
        return translationReader.read(parsed.get().yaml(), officialParsed.get().yaml(), officialFile.path())
                .map(fields -> new Translated(parsed.get(), fields));
    }

    private Reply assemble(
            ContentScanner.Found file, ReplyFile parsed, OfficialFields f, Map<Language, Translated> translations) {
        // The one translation a Localized holds: the other language of site.yaml, if it is written.
        Translated other = translations.values().stream().findFirst().orElse(null);
        Localized<String> title = Localized.of(f.title(), other == null ? null : other.fields().title());
        Localized<String> proposalTitle = Localized.of(
                f.proposalTitle(), other == null ? null : other.fields().proposalTitle().orElse(null));
        Localized<String> summary = f.disclosure() == Disclosure.TITLE_ONLY
                ? Localized.of("", null)
                : Localized.of(f.summary().orElse(""), other == null ? null : other.fields().summary().orElse(null));
        Map<Language, ReplyText> texts = new EnumMap<>(Language.class);
        texts.put(official, publishedText(parsed, f.disclosure(), summary.official()));
        translations.forEach((language, t) -> {
            ReplyText text = publishedText(t.file(), f.disclosure(), summary.orOfficial(language));
            texts.put(language, new ReplyText(text.path(), text.firstBodyLine(), text.digest(), text.inline(),
                    t.fields().stamp(), t.fields().termExceptions()));
        });
        warnIfBodyWithheld(parsed, f.disclosure());
        return new Reply(Integer.parseInt(file.group()), file.name(), title, f.docNumber(), f.date(), f.session(),
                new Proposal(f.proposalNumber(), f.kind(), proposalTitle, f.proposers(), f.joint()),
                new Handling(f.lead(), f.co(), f.caseFields().dates(), f.caseFields().outcome(),
                        f.caseFields().feedback()), f.topics(), f.disclosure(), summary, f.source(), texts, official,
                documentLoader.load(documents.getOrDefault(file.group() + "/" + file.name(), List.of()), f.date(),
                        f.disclosure()), f.corrections());
    }

    /** The text that may be published: the body, the summary in its place, or nothing. */
    private ReplyText publishedText(ReplyFile file, Disclosure disclosure, String summary) {
        Optional<String> inline = switch (disclosure) {
            case FULL -> Optional.empty();
            case SUMMARY -> Optional.of(summary);
            case TITLE_ONLY -> Optional.of("");
        };
        if (disclosure == Disclosure.FULL && file.body().empty()) {
            problems.error(new SourcePosition(file.path(), file.body().firstBodyLine(), 1), "the reply has no body",
                    "write the reply's text below the front matter, or set 'disclosure: title-only'");
        }
        String digest = inline.map(BodyReader::digest).orElse(file.body().digest());
        return new ReplyText(file.path(), file.body().firstBodyLine(), digest, inline);
    }

    private void warnIfBodyWithheld(ReplyFile file, Disclosure disclosure) {
        if (disclosure != Disclosure.FULL && !file.body().empty()) {
            problems.warning(new SourcePosition(file.path(), file.body().firstBodyLine(), 1), "the body is not published"
                    + " because the disclosure is '" + disclosure.key() + "'",
                    "this is expected for a withheld text; set 'disclosure: full' to publish it");
        }
    }
}
