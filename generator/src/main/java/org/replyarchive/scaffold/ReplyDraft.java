package org.replyarchive.scaffold;

import java.util.List;
import java.util.Optional;
import org.replyarchive.draft.DraftNames;
import org.replyarchive.draft.FrontMatterText;
import org.replyarchive.draft.KindNames;
import org.replyarchive.draft.ReplyFrontMatter;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;

/**
 * The text of a scaffolded reply: its front matter line by line, each value either known from the
 * registries or {@code TODO} with a hint in a comment, then a body holding the salutation.
 */
final class ReplyDraft {

    private final String text;
    private final List<String> todo;

    private ReplyDraft(String text, List<String> todo) {
        this.text = text;
        this.todo = List.copyOf(todo);
    }

    /** The draft of {@code facts}; names its {@code source:} when that file exists already. */
    static ReplyDraft of(ReplyFacts facts, boolean sourceExists) {
        ReplyFrontMatter front = new ReplyFrontMatter(facts.path());
        FrontMatterText fm = front.text();
        front.title(Optional.of("关于对" + facts.session().name().zh() + "第" + facts.number() + "号"
                + KindNames.titleName(facts.kind()) + "的答复"));
        front.docNumber(Optional.empty());
        front.date(facts.date(), facts.year());
        front.session(Optional.of(facts.session().key()));
        front.proposal(Optional.of(facts.number()), Optional.of(facts.kind()));
        front.proposalTitle(Optional.empty());
        fm.list("  ", "proposers", "proposal.proposers", facts.proposer().map(Proposer::key).stream().toList(),
                facts.proposer().isPresent() ? List.of() : List.of("keys of registry/proposers.yaml"),
                "keys of registry/proposers.yaml");
        front.lead(facts.lead().map(Department::key), "the key of the 主办 department in registry/departments.yaml");
        fm.list("  ", "co", "handling.co", List.of(), List.of("keys of the 协办 departments, or [] when there are none"),
                "keys of the 协办 departments, or [] when there are none");
        front.topics();
        front.disclosure(Optional.empty());
        front.summary();
        if (sourceExists) {
            fm.line("source: " + DraftNames.sourcePath(facts.slug()));
        }
        String body = "\n" + facts.proposer().map(ReplyDraft::salutation).orElse(FrontMatterText.TODO) + "：\n\n"
                + FrontMatterText.TODO + "\n";
        return new ReplyDraft(front.close() + body, fm.toFill());
    }

    String text() {
        return text;
    }

    /** The fields left as TODO, by their dotted names, in order. */
    List<String> todo() {
        return todo;
    }

    /** How the reply addresses its proposer: 李秀玉委员, 民进省委会. */
    private static String salutation(Proposer proposer) {
        return switch (proposer.kind()) {
            case MEMBER -> proposer.name().zh() + "委员";
            case DEPUTY -> proposer.name().zh() + "代表";
            case PARTY, GROUP -> proposer.aliases().isEmpty() ? proposer.name().zh() : proposer.aliases().get(0);
        };
    }
}
