package org.replyarchive.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;

/**
 * The text of a scaffolded reply: its front matter line by line, each value either known from the
 * registries or {@code TODO} with a hint in a comment, then a body holding the salutation.
 */
final class ReplyDraft {

    static final String TODO = "TODO";

    private final StringBuilder text = new StringBuilder();
    private final List<String> todo = new ArrayList<>();

    private ReplyDraft() {}

    /** The draft of {@code facts}; names its {@code source:} when that file exists already. */
    static ReplyDraft of(ReplyFacts facts, boolean sourceExists) {
        ReplyDraft draft = new ReplyDraft();
        draft.line("---");
        draft.line("title: 关于对" + facts.session().name().zh() + "第" + facts.number() + "号" + facts.kindTitle()
                + "的答复");
        draft.value("", "doc_number", "doc_number", Optional.empty(), "the document number, e.g. 吉科发人才〔2023〕91号");
        draft.value("", "date", "date", facts.date().map(Object::toString),
                "the date under the signature, as YYYY-MM-DD, in " + facts.year());
        draft.line("session: " + facts.session().key());
        draft.line("proposal:");
        draft.line("  number: " + (facts.number().chars().allMatch(Character::isDigit)
                ? "\"" + facts.number() + "\"" : facts.number()));
        draft.line("  kind: " + facts.kind().key());
        draft.value("  ", "title", "proposal.title", Optional.empty(), "the proposal's title, without 《》");
        draft.list("  ", "proposers", "proposal.proposers", facts.proposer().map(Proposer::key),
                "keys of registry/proposers.yaml");
        draft.line("handling:");
        draft.value("  ", "lead", "handling.lead", facts.lead().map(Department::key),
                "the key of the 主办 department in registry/departments.yaml");
        draft.list("  ", "co", "handling.co", Optional.empty(), "keys of the 协办 departments, or [] when there are none");
        draft.list("", "topics", "topics", Optional.empty(), "keys of registry/topics.yaml");
        draft.value("", "disclosure", "disclosure", Optional.empty(), "full, summary or title-only");
        draft.value("", "summary", "summary", Optional.empty(), "one or two sentences, at most 200 characters");
        if (sourceExists) {
            draft.line("source: " + facts.source());
        }
        draft.line("---");
        draft.line("");
        draft.line(facts.proposer().map(ReplyDraft::salutation).orElse(TODO) + "：");
        draft.line("");
        draft.line(TODO);
        return draft;
    }

    String text() {
        return text.toString();
    }

    /** The fields left as TODO, by their dotted names, in order. */
    List<String> todo() {
        return List.copyOf(todo);
    }

    /** How the reply addresses its proposer: 李秀玉委员, 民进省委会. */
    private static String salutation(Proposer proposer) {
        return switch (proposer.kind()) {
            case MEMBER -> proposer.name().zh() + "委员";
            case DEPUTY -> proposer.name().zh() + "代表";
            case PARTY, GROUP -> proposer.aliases().isEmpty() ? proposer.name().zh() : proposer.aliases().get(0);
        };
    }

    private void value(String indent, String key, String field, Optional<String> known, String hint) {
        entry(indent, key, field, known, TODO, hint);
    }

    private void list(String indent, String key, String field, Optional<String> known, String hint) {
        entry(indent, key, field, known.map(k -> "[" + k + "]"), "[" + TODO + "]", hint);
    }

    /** {@code key: value} when the value is known, else {@code key: TODO  # hint}, remembered as to do. */
    private void entry(String indent, String key, String field, Optional<String> known, String todoValue,
            String hint) {
        if (known.isPresent()) {
            line(indent + key + ": " + known.get());
        } else {
            line(indent + key + ": " + todoValue + "  # " + hint);
            todo.add(field);
        }
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
