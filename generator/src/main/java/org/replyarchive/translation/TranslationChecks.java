package org.replyarchive.translation;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.model.Site;
import org.replyarchive.model.TextSource;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Severity;

/**
 * Both checks of translations at once: errors in {@code check}, warnings in a build, so that a build still
 * publishes a site whose translations lag behind while telling the webmaster so.
 */
public final class TranslationChecks {

    private TranslationChecks() {}

    /** The terminology and drift problems of every translation of {@code site}. */
    public static List<Problem> of(Site site, TextSource texts, Severity severity) {
        List<Problem> problems = new ArrayList<>(new TerminologyChecker(site, texts, severity).check(site.replies()));
        problems.addAll(new TranslationDriftChecker(texts, severity).check(site.replies()));
        return problems;
    }
}
