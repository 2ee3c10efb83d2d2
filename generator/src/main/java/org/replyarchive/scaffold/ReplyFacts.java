package org.replyarchive.scaffold;

import java.time.LocalDate;
import java.util.Optional;
import org.replyarchive.config.Language;
import org.replyarchive.draft.DraftNames;
import org.replyarchive.model.Department;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;

/** What the registries tell of a reply to scaffold: everything {@link ReplyDraft} writes that is not TODO. */
record ReplyFacts(Session session, String number, ProposalKind kind, Optional<Proposer> proposer,
        Optional<LocalDate> date, int year, String slug, Optional<Department> lead, Language language) {

    /** The reply's path in the content folder. */
    String path() {
        return DraftNames.replyPath(year, slug, language.code());
    }

    /** The provenance text the importer would keep for this reply. */
    String source() {
        return DraftNames.sourcePath(slug);
    }
}
