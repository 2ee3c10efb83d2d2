package org.replyarchive.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole archive as loaded and validated: settings, registries by key (in key order), replies newest
 * first, and free pages by name.
 */
public record Site(
        SiteSettings settings,
        Map<String, Session> sessions,
        Map<String, Department> departments,
        Map<String, Proposer> proposers,
        Map<String, Topic> topics,
        List<GlossaryTerm> glossary,
        List<Reply> replies,
        List<Page> pages) {

    public Site {
        Objects.requireNonNull(settings, "settings");
        sessions = Map.copyOf(sessions);
        departments = Map.copyOf(departments);
        proposers = Map.copyOf(proposers);
        topics = Map.copyOf(topics);
        glossary = List.copyOf(glossary);
        replies = replies.stream().sorted(Reply.NEWEST_FIRST).toList();
        pages = List.copyOf(pages);
    }
}
