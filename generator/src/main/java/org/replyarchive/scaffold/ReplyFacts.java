package org.replyarchive.scaffold;

import java.time.LocalDate;
import java.util.Optional;
import org.replyarchive.model.Department;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;

/** What the registries tell of a reply to scaffold: everything {@link ReplyDraft} writes that is not TODO. */
record ReplyFacts(Session session, String number, ProposalKind kind, String kindTitle, Optional<Proposer> proposer,
        Optional<LocalDate> date, int year, String slug, Optional<Department> lead, String language) {

    /** The provenance text the importer would keep for this reply. */
    String source() {
        return "sources/" + slug + ".txt";
    }
}
