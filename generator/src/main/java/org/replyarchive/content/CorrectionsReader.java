package org.replyarchive.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.replyarchive.model.Correction;
import org.replyarchive.problem.Problems;

/**
 * Reads the {@code corrections:} of an official file: a list of {@code {date, change, reason}}, oldest first, none
 * dated before the reply itself.
 */
final class CorrectionsReader {

    static final String KEY = "corrections";
    private static final Set<String> KEYS = Set.of("date", "change", "reason");

    private CorrectionsReader() {}

    static List<Correction> read(FieldReader front, Optional<LocalDate> replyDate, Problems problems) {
        Optional<YamlNode> node = front.node(KEY);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.value() == null) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence list)) {
            front.reportAt(KEY, "'" + KEY + "' must be a list, not " + node.get().kindName(),
                    "write each correction as '- {date: 2024-03-01, change: …, reason: …}'");
            return List.of();
        }
        List<Correction> corrections = new ArrayList<>();
        for (YamlNode item : list.items()) {
            FieldReader.of(item, "a correction", KEYS, problems).flatMap(r -> correction(r, replyDate, problems))
                    .ifPresent(correction -> {
                        if (!corrections.isEmpty() && correction.date().isBefore(corrections.get(corrections.size() - 1).date())) {
                            problems.error(item.position(), "this correction of " + correction.date() + " follows"
                                    + " one of " + corrections.get(corrections.size() - 1).date(),
                                    "list corrections oldest first");
                        }
                        corrections.add(correction);
                    });
        }
        return corrections;
    }

    private static Optional<Correction> correction(FieldReader r, Optional<LocalDate> replyDate, Problems problems) {
        Optional<LocalDate> date = TypedFields.requiredDate(r, "date");
        Optional<String> change = r.requiredText("change", "第三段“15O所”标注为原文如此");
        Optional<String> reason = r.requiredText("reason", "原文排印错误");
        if (date.isPresent() && replyDate.isPresent() && date.get().isBefore(replyDate.get())) {
            r.reportAt("date", "the correction is dated " + date.get() + ", before the reply (" + replyDate.get() + ")",
                    "give the day the correction was published");
            return Optional.empty();
        }
        if (date.isEmpty() || change.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Correction(date.get(), change.get(), reason.get()));
    }
}
