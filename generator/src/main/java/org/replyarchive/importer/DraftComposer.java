package org.replyarchive.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.replyarchive.draft.DraftNames;
import org.replyarchive.draft.FrontMatterText;
import org.replyarchive.draft.ReplyFrontMatter;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;
import org.replyarchive.model.SiteSettings;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Turns a parsed reply into a draft: matches its names to registry keys, chooses its year and slug, and writes
 * its front matter, with {@code TODO} where a value could not be determined. Immutable and thread-safe.
 */
final class DraftComposer {

    private static final Pattern LEADING_YEAR = Pattern.compile("^((?:19|20)\\d{2})\\D.*");

    private final RegistryMatcher matcher;
    private final SiteSettings settings;

    DraftComposer(RegistryMatcher matcher, SiteSettings settings) {
        this.matcher = matcher;
        this.settings = settings;
    }

    /** The draft of {@code reply}, imported from {@code input}; empty after a problem when it has no year. */
    Optional<Draft> compose(ParsedReply reply, String input, String encoding, Problems problems) {
        Optional<Session> session = reply.session().flatMap(matcher::session);
        Optional<Integer> year = year(reply, session);
        if (year.isEmpty()) {
            problems.error(SourcePosition.ofFile(input), "cannot tell which year the reply belongs to: it has no date"
                    + " under its signature and no year in its document or proposal number",
                    "add the date under the signature (e.g. 2023年5月17日) to the text, then import it again");
            return Optional.empty();
        }
        String slug = slug(reply, session.map(Session::key).or(() -> reply.session().map(SessionMention::key)), input);
        String draftPath = DraftNames.replyPath(year.get(), slug, settings.officialLanguage().code());
        String sourcePath = DraftNames.sourcePath(slug);
        ReplyFrontMatter front = new ReplyFrontMatter(draftPath);
        FrontMatterText fm = front.text();
        front.title(Optional.of(reply.title()));
        front.docNumber(reply.docNumber());
        front.date(reply.date(), year.get());
        session(front, reply, session, year.get());
        front.proposal(reply.proposalNumber(), reply.kind());
        front.proposalTitle(reply.proposalTitle());
        proposers(fm, reply);
        Optional<Department> lead = lead(front, reply);
        co(fm, reply, lead);
        front.topics();
        front.disclosure(Optional.of("full"));
        front.summary();
        fm.line("source: " + sourcePath);
        String frontMatter = front.close();
        List<Problem> notes = new ArrayList<>(fm.notes());
        notes.addAll(otherNotes(reply, input, draftPath));
        return Optional.of(new Draft(input, draftPath, sourcePath, frontMatter + "\n" + BodyReflow.markdown(
                reply.paragraphs()), reply.sourceText(), encoding, fm.toFill(), notes));
    }

    private static Optional<Integer> year(ParsedReply reply, Optional<Session> session) {
        return reply.date().map(LocalDate::getYear)
                .or(reply::docNumberYear)
                .or(() -> reply.proposalNumber().filter(n -> LEADING_YEAR.matcher(n).matches())
                        .map(n -> Integer.valueOf(n.substring(0, 4))))
                .or(() -> session.map(Session::year));
    }

    /** The slug {@link DraftNames#slug} gives, else one made of the file's name. */
    private static String slug(ParsedReply reply, Optional<String> sessionKey, String input) {
        Optional<String> slug = DraftNames.slug(reply.proposalNumber(), sessionKey);
        if (slug.isPresent()) {
            return slug.get();
        }
        String name = input.substring(input.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        String fromName = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return fromName.isEmpty() ? "imported" : fromName;
    }

    private void session(ReplyFrontMatter front, ParsedReply reply, Optional<Session> session, int year) {
        FrontMatterText fm = front.text();
        if (session.isPresent() || reply.session().isEmpty()) {
            front.session(session.map(Session::key));
        } else if (reply.session().isPresent()) {
            SessionMention m = reply.session().get();
            int sessionYear = reply.proposalNumber().filter(n -> LEADING_YEAR.matcher(n).matches())
                    .map(n -> Integer.parseInt(n.substring(0, 4))).orElse(year);
            fm.checked("", "session", "session", m.key(), "new: add it to registry/sessions.yaml",
                    "session '" + m.key() + "' (" + m.chineseName() + ") is not in registry/sessions.yaml yet",
                    "add it there: " + m.key() + ": {body: " + m.body().key() + ", term: " + m.term() + ", meeting: "
                            + m.meeting() + ", year: " + sessionYear + ", name: {zh: " + m.chineseName()
                            + ", en: TODO}}");
        }
    }

    private void proposers(FrontMatterText fm, ParsedReply reply) {
        if (reply.salutation().isEmpty()) {
            fm.list("  ", "proposers", "proposal.proposers", List.of(), List.of("no salutation (e.g. 李秀玉委员：)"
                    + " was found: write the keys of registry/proposers.yaml the reply addresses"),
                    "whom the reply addresses");
            return;
        }
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> unknownNames = new ArrayList<>();
        for (RegistryMatcher.Named<Proposer> named : matcher.proposers(reply.salutation().get())) {
            named.entry().ifPresentOrElse(p -> known.add(p.key()), () -> {
                unknownNames.add(named.text());
                unknown.add(named.text() + " is not in registry/proposers.yaml: add it there (kind: member, party,"
                        + " group or deputy; name: {zh: …, en: …}; aliases: [" + named.text() + "]), then write its"
                        + " key");
            });
        }
        fm.list("  ", "proposers", "proposal.proposers", known.stream().distinct().toList(), unknown,
                String.join("、", unknownNames) + ": not in registry/proposers.yaml");
    }

    private Optional<Department> lead(ReplyFrontMatter front, ParsedReply reply) {
        Optional<Department> lead = reply.issuer().flatMap(matcher::department);
        String hint = reply.issuer().map(i -> "the signature names " + i + ", which is not in"
                + " registry/departments.yaml: add it there, then write its key")
                .orElse("no signature was found: write the key of the department that signed the reply");
        front.lead(lead.map(Department::key), hint);
        return lead;
    }

    /** The 协办 departments the text names; failing that, those that answer in a （一） paragraph. */
    private void co(FrontMatterText fm, ParsedReply reply, Optional<Department> lead) {
        List<RegistryMatcher.Named<Department>> named = reply.coHandlers().map(matcher::departments)
                .orElseGet(() -> reply.sectionOpenings().stream().map(matcher::departmentOpening)
                        .flatMap(Optional::stream).toList());
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> unknownNames = new ArrayList<>();
        for (RegistryMatcher.Named<Department> n : named) {
            if (n.entry().isPresent()) {
                String key = n.entry().get().key();
                if (!known.contains(key) && !lead.map(Department::key).orElse("").equals(key)) {
                    known.add(key);
                }
            } else if (!unknownNames.contains(n.text())) {
                unknownNames.add(n.text());
                unknown.add(n.text() + " is not in registry/departments.yaml: add it there (name, short, aliases),"
                        + " then write its key");
            }
        }
        fm.list("  ", "co", "handling.co", known, unknown,
                String.join("、", unknownNames) + ": not in registry/departments.yaml");
    }

    private List<Problem> otherNotes(ParsedReply reply, String input, String draftPath) {
        List<Problem> notes = new ArrayList<>();
        reply.issuer().filter(issuer -> !issuer.equals(settings.issuer().zh())).ifPresent(issuer -> notes.add(
                Problem.warning(SourcePosition.ofFile(draftPath), "the signature names " + issuer + ", but site.yaml's"
                        + " issuer is " + settings.issuer().zh(), "the fidelity check expects the site's issuer under"
                        + " the body: import replies this archive's issuer signed, or correct site.yaml")));
        for (TextLine line : reply.leftOut()) {
            notes.add(Problem.warning(new SourcePosition(input, line.number(), 1), "this line after the date is left"
                    + " out of the draft: «" + line.compact() + "»", "copy it into the draft by hand if it belongs"
                    + " to the reply"));
        }
        return notes;
    }
}
