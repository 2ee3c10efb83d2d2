package org.replyarchive.content;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.replyarchive.model.CaseDates;
import org.replyarchive.model.Feedback;
import org.replyarchive.model.HandlingRules;
import org.replyarchive.model.Outcome;
import org.replyarchive.model.Session;
import org.replyarchive.problem.Problems;

/**
 * Reads the optional handling fields of a reply's {@code handling:} mapping — {@code assigned}, {@code due},
 * {@code extension}, {@code outcome}, {@code feedback}, {@code published} — and checks that the dates follow one another.
 */
final class CaseFieldsReader {

    static final Set<String> KEYS = Set.of("assigned", "due", "extension", "outcome", "feedback", "published");
    static final Set<String> EXTENSION_KEYS = Set.of("until", "reason");

    /** The case fields as read; a field with a problem is empty. */
    record CaseFields(CaseDates dates, Optional<Outcome> outcome, Optional<Feedback> feedback) {}

    private final HandlingRules rules;
    private final Problems problems;

    CaseFieldsReader(HandlingRules rules, Problems problems) {
        this.rules = rules;
        this.problems = problems;
    }

    CaseFields read(FieldReader r, Optional<Session> session, Optional<LocalDate> replied) {
        Optional<LocalDate> assigned = optionalDate(r, "assigned");
        Optional<LocalDate> written = optionalDate(r, "due");
        assigned.ifPresent(a -> written.filter(d -> d.isBefore(a)).ifPresent(d -> r.reportAt("due",
                "'due' " + d + " is before 'assigned' " + a, "a deadline falls after the proposal was assigned:"
                        + " correct either date, or leave 'due' out to compute it from 'assigned'")));
        assigned.ifPresent(a -> replied.filter(d -> d.isBefore(a)).ifPresent(d -> r.reportAt("assigned",
                "'assigned' " + a + " is after the reply's date " + d, "a proposal is assigned before it is"
                        + " answered: correct either date")));
        Optional<LocalDate> computed = written.isPresent() ? Optional.empty() : computedDue(assigned, session);
        Optional<LocalDate> due = written.or(() -> computed);
        Optional<FieldReader> extension = r.node("extension")
                .flatMap(node -> FieldReader.of(node, "'extension'", EXTENSION_KEYS, problems));
        Optional<LocalDate> until = extension.flatMap(e -> TypedFields.requiredDate(e, "until"));
        Optional<String> reason = extension.flatMap(e -> e.requiredText("reason", "需多部门协调，经同意延期答复"));
        if (until.isPresent() && due.isEmpty()) {
            r.reportAt("extension", "an extension needs a deadline to extend", "add 'due: YYYY-MM-DD' or"
                    + " 'assigned: YYYY-MM-DD' (the deadline is then computed from it)");
        }
        until.ifPresent(u -> due.filter(d -> !u.isAfter(d)).ifPresent(d -> extension.get().reportAt("until",
                "the extension until " + u + " is not after the deadline " + d,
                "an extension moves the deadline later: write a date after " + d)));
        Optional<Outcome> outcome = r.text("outcome", "a").flatMap(key -> outcome(r, key));
        Optional<Feedback> feedback = r.text("feedback", "satisfied")
                .flatMap(key -> Choices.of(r, "feedback", key, Choices.keyed(Feedback.values(), Feedback::key)));
        Optional<LocalDate> published = optionalDate(r, "published");
        published.ifPresent(p -> replied.filter(p::isBefore).ifPresent(d -> r.reportAt("published",
                "'published' " + p + " is before the reply's date " + d, "a reply is made public once it is issued:"
                        + " write its date or a later one")));
        CaseDates dates = new CaseDates(assigned, due, computed.isPresent(), until, reason, published);
        return new CaseFields(dates, outcome, feedback);
    }

    private Optional<Outcome> outcome(FieldReader r, String key) {
        if (rules.outcomes().isEmpty()) {
            r.reportAt("outcome", "'" + key + "' is not a known value of 'outcome': " + HandlingRulesLoader.PATH
                    + " lists no outcomes", "add 'outcomes:' to " + HandlingRulesLoader.PATH
                    + ", e.g. 'a: {code: A, name: {zh: 解决或采纳, en: Resolved or adopted}}'");
            return Optional.empty();
        }
        return Choices.of(r, "outcome", key, rules.outcomes());
    }

    /** The deadline the rule of the session's body gives: so many months after the assignment. */
    private Optional<LocalDate> computedDue(Optional<LocalDate> assigned, Optional<Session> session) {
        return assigned.flatMap(a -> session.flatMap(s -> rules.deadlineMonths(s.body())).map(a::plusMonths));
    }

    private static Optional<LocalDate> optionalDate(FieldReader r, String key) {
        return r.has(key) ? TypedFields.requiredDate(r, key) : Optional.empty();
    }
}
