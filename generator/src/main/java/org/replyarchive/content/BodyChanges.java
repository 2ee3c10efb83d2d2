package org.replyarchive.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.model.SourceText;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

/**
 * Brings a {@link LoadSnapshot} up to date when only reply and case-document files changed, and only in
 * their bodies: the cases of the changed files are loaded again, with the real loader against the snapshot's
 * registries, and each must come out as the snapshot had it but for its texts' digests. Anything else — a file
 * added, removed or renamed, a registry, settings or page changed, a front matter that says something new, a
 * problem found — gives nothing, and the caller loads the whole folder: this is a shortcut, never a second
 * set of rules.
 */
final class BodyChanges {

    /** The model after the change, and the warnings loading the whole folder would have found. */
    record Reloaded(Site site, List<Problem> warnings) {}

    private BodyChanges() {}

    /** The snapshot brought up to date after the files {@code changed} (see {@link ContentStamps#changed}). */
    static Optional<Reloaded> reload(Path contentDirectory, LoadSnapshot previous, Set<String> changed,
            BodyDigests digests) {
        Set<String> sources = previous.site().replies().stream().flatMap(r -> r.source().stream())
                .map(SourceText::path).collect(Collectors.toSet());
        // A reply's published source may be any file of the content, another case's text among them.
        if (!changed.stream().allMatch(path -> path.startsWith("replies/") && path.endsWith(".md")
                && !sources.contains(path))) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        // A case's files all lie in one folder: only the folders of the changed files are looked into.
        List<Path> inFolders = changed.stream().map(path -> contentDirectory.resolve(path).getParent()).distinct()
                .flatMap(folder -> ContentWalk.regularFiles(contentDirectory, folder, problems).stream()).toList();
        List<ContentScanner.Found> replyFiles = ContentScanner.replies(contentDirectory, inFolders, problems);
        List<ContentScanner.FoundDocument> documentFiles = ContentScanner.documents(contentDirectory, inFolders);
        Map<String, String> caseOf = new HashMap<>();
        replyFiles.forEach(f -> caseOf.put(f.path(), caseKey(f)));
        documentFiles.forEach(d -> caseOf.put(d.found().path(), caseKey(d.found())));
        if (!caseOf.keySet().containsAll(changed)) {
            return Optional.empty();
        }
        Set<String> cases = changed.stream().map(caseOf::get).collect(Collectors.toSet());
        List<ContentScanner.Found> files = replyFiles.stream().filter(f -> cases.contains(caseKey(f))).toList();
        List<ContentScanner.FoundDocument> documents = documentFiles.stream()
                .filter(d -> cases.contains(caseKey(d.found()))).toList();
        Site site = previous.site();
        List<Reply> reloaded = loader(contentDirectory, site, problems, digests).load(files, documents);
        if (problems.hasErrors() || reloaded.size() != cases.size()) {
            return Optional.empty();
        }
        return replace(site, reloaded).map(updated -> new Reloaded(updated,
                warnings(previous.warnings(), problems.warnings(), read(files, documents))));
    }

    /** The site with {@code reloaded} in place of the replies of the same cases, if each differs only in texts. */
    private static Optional<Site> replace(Site site, List<Reply> reloaded) {
        Map<String, Reply> byCase = new HashMap<>();
        reloaded.forEach(r -> byCase.put(r.year() + "/" + r.slug(), r));
        List<Reply> replies = new ArrayList<>(site.replies().size());
        int replaced = 0;
        for (Reply before : site.replies()) {
            Reply after = byCase.get(before.year() + "/" + before.slug());
            if (after == null) {
                replies.add(before);
            } else if (ModelCodec.shape(after).equals(ModelCodec.shape(before))) {
                replies.add(after);
                replaced++;
            } else {
                return Optional.empty();
            }
        }
        if (replaced != reloaded.size()) {
            return Optional.empty();
        }
        return Optional.of(new Site(site.settings(), site.sessions(), site.departments(), site.proposers(),
                site.topics(), site.glossary(), replies, site.pages(), site.handlingRules(), site.documents()));
    }

    /** The snapshot's warnings about other files, and those just found about the files read again. */
    private static List<Problem> warnings(List<Problem> before, List<Problem> found, Set<String> read) {
        List<Problem> warnings = new ArrayList<>();
        before.stream().filter(p -> !read.contains(p.position().path())).forEach(warnings::add);
        found.stream().filter(p -> read.contains(p.position().path())).forEach(warnings::add);
        return warnings;
    }

    private static Set<String> read(List<ContentScanner.Found> files, List<ContentScanner.FoundDocument> documents) {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        documents.forEach(d -> paths.add(d.found().path()));
        return paths;
    }

    private static ReplyLoader loader(Path contentDirectory, Site site, Problems problems, BodyDigests digests) {
        // A snapshot is only ever made of a load without errors, so no registry entry is invalid.
        Registries registries = new Registries(site.sessions(), site.departments(), site.proposers(), site.topics(),
                Map.of(), site.handlingRules());
        Set<String> glossaryKeys = site.glossary().stream().map(GlossaryTerm::key).collect(Collectors.toSet());
        return new ReplyLoader(site.settings().officialLanguage(), registries, glossaryKeys, contentDirectory,
                problems, digests);
    }

    private static String caseKey(ContentScanner.Found file) {
        return file.group() + "/" + file.name().toLowerCase(java.util.Locale.ROOT);
    }
}
