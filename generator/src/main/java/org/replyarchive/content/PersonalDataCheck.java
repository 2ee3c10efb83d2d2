package org.replyarchive.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Reports personal data in what a site publishes. The 2014 notice of the State Council's General Office on
 * publishing the results of handling proposals and suggestions forbids publishing proposers' personal
 * information; a phone number, e-mail address or ID-card number in a reply is almost always that. An office's
 * own published switchboard or address is listed under {@code published_contacts} in {@code site.yaml}.
 *
 * <p>Read from the files, line by line, so that each finding has its exact position: every reply's front
 * matter, its body where the reply is published in full, free pages, registries, glossary and settings.
 */
public final class PersonalDataCheck {

    /** The key of {@code site.yaml} that lists contacts which may be published. */
    public static final String ALLOW_KEY = "published_contacts";

    private PersonalDataCheck() {}

    /** Every finding in the published text of {@code site}, loaded from {@code contentDirectory}. */
    public static List<Problem> check(Path contentDirectory, Site site) {
        Problems problems = new Problems();
        PersonalDataFinder finder = new PersonalDataFinder(allowed(contentDirectory));
        for (Reply reply : site.replies()) {
            boolean bodyPublished = reply.disclosure() == Disclosure.FULL;
            reply.texts().values().forEach(text -> scan(contentDirectory, text.path(), bodyPublished, finder,
                    problems));
        }
        site.pages().forEach(page -> page.texts().values().forEach(text -> scan(contentDirectory, text.path(), true,
                finder, problems)));
        for (String yaml : yamlFiles(contentDirectory)) {
            scan(contentDirectory, yaml, true, finder, problems);
        }
        return problems.sorted();
    }

    private static Set<String> allowed(Path contentDirectory) {
        Set<String> allowed = new LinkedHashSet<>();
        YamlFiles.read(contentDirectory, SiteSettingsLoader.PATH, false, new Problems())
                .filter(YamlNode.Mapping.class::isInstance)
                .map(node -> ((YamlNode.Mapping) node).entries().get(ALLOW_KEY))
                .filter(entry -> entry != null && entry.value() instanceof YamlNode.Sequence)
                .ifPresent(entry -> ((YamlNode.Sequence) entry.value()).items().stream()
                        .filter(YamlNode.Scalar.class::isInstance)
                        .map(item -> ((YamlNode.Scalar) item).value())
                        .filter(java.util.Objects::nonNull)
                        .forEach(allowed::add));
        return allowed;
    }

    private static List<String> yamlFiles(Path contentDirectory) {
        List<String> files = new ArrayList<>(List.of(SiteSettingsLoader.PATH, "glossary.yaml"));
        Path registry = contentDirectory.resolve("registry");
        if (Files.isDirectory(registry)) {
            try (Stream<Path> list = Files.list(registry)) {
                list.map(p -> "registry/" + p.getFileName()).filter(p -> p.endsWith(".yaml")).sorted()
                        .forEach(files::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot list " + registry, e);
            }
        }
        return files.stream().filter(f -> Files.isRegularFile(contentDirectory.resolve(f))).toList();
    }

    /** Scans {@code path} line by line; a Markdown file's body only if it is published. */
    private static void scan(Path contentDirectory, String path, boolean bodyPublished, PersonalDataFinder finder,
            Problems problems) {
        Path file = contentDirectory.resolve(path);
        if (!Files.isRegularFile(file)) {
            return;
        }
        String text = TextFiles.readUtf8(file, path, new Problems()).orElse("");
        boolean markdown = path.endsWith(".md");
        int fences = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (markdown && line.strip().equals("---") && fences < 2) {
                fences++;
                continue;
            }
            boolean inBody = markdown && fences >= 2;
            if ((inBody && !bodyPublished) || (!inBody && line.stripLeading().startsWith("#"))) {
                continue; // withheld text, or a YAML comment: neither is published
            }
            for (PersonalDataFinder.Found found : finder.find(line)) {
                problems.error(new SourcePosition(path, i + 1, found.column() + 1), "the text holds what looks like "
                        + found.kind() + " («" + PersonalDataFinder.masked(found.text()) + "»), and a proposer's"
                        + " personal information must not be published (State Council General Office notice of"
                        + " 2014 on publishing the handling of proposals and suggestions)", "remove it; if it is the"
                        + " office's own published contact, list it under " + ALLOW_KEY + " in site.yaml");
            }
        }
    }
}
