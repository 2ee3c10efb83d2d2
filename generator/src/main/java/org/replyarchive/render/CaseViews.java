package org.replyarchive.render;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.model.CaseDates;
import org.replyarchive.model.Feedback;
import org.replyarchive.model.Handling;
import org.replyarchive.model.Reply;
import org.replyarchive.render.view.CaseView;
import org.replyarchive.render.view.CaseView.Step;

/** Makes the {@link CaseView} of a reply in one language: the timeline and the words for lateness and outcome. */
final class CaseViews {

    private final FrameMaker frames;
    private final ReplyViews views;
    private final Language language;

    CaseViews(FrameMaker frames, ReplyViews views, Language language) {
        this.frames = frames;
        this.views = views;
        this.language = language;
    }

    CaseView view(Reply reply) {
        Handling handling = reply.handling();
        CaseDates dates = handling.dates();
        List<Step> steps = new ArrayList<>();
        // Reasons and document numbers are written in the official language only.
        String official = language == reply.officialLanguage() ? null : reply.officialLanguage().htmlLang();
        dates.assigned().ifPresent(d -> steps.add(
                new Step("assigned", text("case_assigned"), views.date(d), null, null)));
        dates.due().ifPresent(d -> steps.add(new Step("due", text("case_due"), views.date(d),
                dates.dueComputed() ? text("case_due_computed") : null, null)));
        dates.extendedTo().ifPresent(d -> steps.add(new Step("extended", text("case_extended"), views.date(d),
                dates.extensionReason().orElse(null), official)));
        List<Step> documents = new ArrayList<>();
        DocumentViews names = new DocumentViews(frames, views, language);
        reply.documents().forEach(d -> documents.add(new Step(d.kind().key(), names.kindName(d), views.date(d.date()),
                d.docNumber(), official)));
        documents.add(new Step("reply", text("case_reply"), views.date(reply.date()), reply.docNumber(), official));
        dates.published().ifPresent(d -> documents.add(new Step("published", text("case_published"), views.date(d),
                publicationLag(dates.daysToPublish(reply.date()).orElseThrow()), null)));
        // Documents, the reply and its publication in the order they happened; the sort is stable, so a
        // same-day interim reply stays before the reply, and a same-day publication after it.
        documents.sort(java.util.Comparator.comparing(step -> step.date().iso()));
        steps.addAll(documents);
        String timeliness = dates.daysLate(reply.date())
                .map(days -> days == 0 ? text("case_on_time")
                        : text("case_late").replace("{n}", String.valueOf(days)))
                .orElse(null);
        boolean late = dates.daysLate(reply.date()).filter(days -> days > 0).isPresent();
        String outcome = handling.outcome()
                .map(o -> o.code() + " " + o.name().orOfficial(language)).orElse(null);
        String feedback = handling.feedback().map(f -> text(feedbackKey(f))).orElse(null);
        List<String> joint = reply.proposal().joint().isEmpty() ? List.of() : reply.proposal().numbers();
        boolean known = steps.size() > 1 || outcome != null || feedback != null || !joint.isEmpty();
        return new CaseView(steps, timeliness, late, outcome, feedback, joint, known);
    }

    /** How long after the reply it was made public, in words: the measure a reader can hold a department to. */
    private String publicationLag(long days) {
        return days == 0 ? text("case_published_same_day")
                : text("case_published_after").replace("{n}", String.valueOf(days));
    }

    /** The UI string key of a feedback, written out so a search for the key finds its use. */
    static String feedbackKey(Feedback feedback) {
        return switch (feedback) {
            case SATISFIED -> "feedback_satisfied";
            case BASICALLY_SATISFIED -> "feedback_basically-satisfied";
            case DISSATISFIED -> "feedback_dissatisfied";
        };
    }

    private String text(String key) {
        return frames.text(language, key);
    }
}
