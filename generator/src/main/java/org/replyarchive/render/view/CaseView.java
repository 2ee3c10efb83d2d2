package org.replyarchive.render.view;

import java.util.List;
import org.replyarchive.render.view.Parts.DateView;

/**
 * How a reply's proposal was handled, as {@code partials/handling.ftlh} shows it: the timeline, whether the
 * reply kept its deadline, the outcome and the proposer's feedback. Absent parts are null (or empty lists), so
 * a reply in today's format shows no more than before.
 *
 * @param steps the timeline, oldest first
 * @param timeliness "on time" or "late by N days", in words; null when the reply has no deadline
 * @param late whether the reply came after its deadline
 * @param outcome the department's classification with its code ("A 解决或采纳"); null when not given
 * @param feedback the proposer's feedback; null when not disclosed
 * @param joint the proposal numbers the reply answers, its own first, when it answers several (并案办理)
 * @param known whether there is anything to show beyond the reply's own date and number
 */
public record CaseView(List<Step> steps, String timeliness, boolean late, String outcome, String feedback,
        List<String> joint, boolean known) {

    public CaseView {
        steps = List.copyOf(steps);
        joint = List.copyOf(joint);
    }

    /**
     * One point of the timeline.
     *
     * @param kind what happened, for styling: {@code assigned}, {@code due}, {@code extended}, a document's kind,
     *     {@code reply}, {@code published}
     * @param note a remark beside the date (the reason of an extension, "computed", a 文号, how long after the
     *     reply it was made public), or null
     * @param noteLang the HTML language of the note where it differs from the page's (a 文号 on an English
     *     page), else null
     */
    public record Step(String kind, String label, DateView date, String note, String noteLang) {}
}
