package org.replyarchive.check;

import java.util.List;
import java.util.Locale;
import org.replyarchive.problem.Problem;

/**
 * What a check found: every problem of validation, links and fidelity, sorted by position, and what was
 * checked. Positions name content files where the problem was traced to one, else the built page
 * ({@code zh/replies/2023/x/index.html:40:12}).
 *
 * @param problems every problem, errors and warnings, sorted
 * @param files the number of built files whose links were checked; 0 when the site could not be built
 * @param references the number of links and asset references read
 * @param sources the number of replies compared with their {@code source:}
 * @param notes what could not be checked, and why
 */
public record CheckResult(List<Problem> problems, int files, int references, int sources, List<String> notes) {

    public CheckResult {
        problems = problems.stream().sorted().toList();
        notes = List.copyOf(notes);
    }

    /** The problems that fail the check. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The one line a check ends with: {@code Check failed: 3 problems (…)}. */
    public String summary() {
        int errors = errors().size();
        String checked = String.format(Locale.ROOT, "%d built files with %d links and assets, %d replies against"
                + " their sources", files, references, sources);
        return errors == 0
                ? "Check passed: no problems in " + checked
                : "Check failed: " + errors + (errors == 1 ? " problem" : " problems") + " in content, links and"
                        + " fidelity (checked " + checked + ")";
    }
}
