package org.replyarchive.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.replyarchive.config.Language;
import org.replyarchive.model.Page;
import org.replyarchive.problem.Problems;

/** Loads the free pages ({@code pages/<name>.<lang>.md}), whose front matter is a title and a description. */
final class PageLoader {

    private static final Set<String> KEYS = Set.of("title", "description");

    private final Problems problems;

    PageLoader(Problems problems) {
        this.problems = problems;
    }

    List<Page> load(List<ContentScanner.Found> files) {
        Map<String, Map<Language, Page.PageText>> byName = new TreeMap<>();
        for (ContentScanner.Found file : files) {
            ParsedFile.read(file, problems).ifPresent(parsed -> {
                BodyRules.check(parsed.body(), parsed.path(), parsed.firstBodyLine(), problems);
                FieldReader r = new FieldReader(parsed.yaml(), "the front matter", KEYS, problems);
                r.requiredText("title", "About this archive").ifPresent(title -> byName
                        .computeIfAbsent(file.name(), n -> new EnumMap<>(Language.class))
                        .put(file.language(), new Page.PageText(file.path(), title,
                                r.text("description", "One sentence.").orElse(""), parsed.body(),
                                parsed.firstBodyLine())));
            });
        }
        List<Page> pages = new ArrayList<>();
        byName.forEach((name, texts) -> pages.add(new Page(name, texts)));
        return pages;
    }
}
