package org.replyarchive.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole archive as loaded and validated: settings, registries by key (in key order), replies newest
 * first, free pages by name, and the policy documents of {@code registry/documents.yaml} in key order.
 */
public record Site(
        SiteSettings settings,
        Map<String, Session> sessions,
        Map<String, Department> departments,
        Map<String, Proposer> proposers,
        Map<String, Topic> topics,
        List<GlossaryTerm> glossary,
        List<Reply> replies,
        List<Page> pages,
        HandlingRules handlingRules,
        List<PolicyDocument> documents) {

    public Site {
        Objects.requireNonNull(handlingRules, "handlingRules");
        Objects.requireNonNull(settings, "settings");
        sessions = sorted(sessions);
        departments = sorted(departments);
        proposers = sorted(proposers);
        topics = sorted(topics);
        glossary = List.copyOf(glossary);
        replies = replies.stream().sorted(Reply.NEWEST_FIRST).toList();
        pages = List.copyOf(pages);
        documents = List.copyOf(documents);
    }

    /** An archive that registers no policy documents. */
    public Site(SiteSettings settings, Map<String, Session> sessions, Map<String, Department> departments,
            Map<String, Proposer> proposers, Map<String, Topic> topics, List<GlossaryTerm> glossary,
            List<Reply> replies, List<Page> pages, HandlingRules handlingRules) {
        this(settings, sessions, departments, proposers, topics, glossary, replies, pages, handlingRules, List.of());
    }

    /** An archive without {@code registry/handling.yaml}. */
    public Site(SiteSettings settings, Map<String, Session> sessions, Map<String, Department> departments,
            Map<String, Proposer> proposers, Map<String, Topic> topics, List<GlossaryTerm> glossary,
            List<Reply> replies, List<Page> pages) {
        this(settings, sessions, departments, proposers, topics, glossary, replies, pages, HandlingRules.NONE);
    }

    /** An unmodifiable copy in key order, so that whatever walks a registry does so in the same order every run. */
    private static <T> Map<String, T> sorted(Map<String, T> registry) {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(registry));
    }
}
