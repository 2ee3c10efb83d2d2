package org.replyarchive.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.replyarchive.content.RegistryReader;
import org.replyarchive.draft.DraftNames;
import org.replyarchive.model.Body;
import org.replyarchive.model.Department;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.problem.Suggestions;

/**
 * Writes a new official reply file, {@code replies/<year>/<slug>.<lang>.md}, with its front matter filled
 * as far as the registries allow and {@code TODO} (with a hint) for everything else.
 *
 * <pre>{@code
 * ScaffoldResult result = ReplyScaffolder.scaffold(new ScaffoldRequest(Path.of("content"), "cppcc-13-1",
 *         "2023D51", "party-group", Optional.empty(), Optional.empty(), Optional.empty()));
 * // content/replies/2023/2023D51.zh.md, title 关于对省政协十三届一次会议第2023D51号党派团体提案的答复
 * }</pre>
 *
 * The slug is the proposal number where it has a letter in it ({@code 2023D51}), else session and number
 * ({@code cppcc-12-5-135}), as the importer chooses it. Only the settings and registries are read, so a reply
 * can be scaffolded while other replies are still being written.
 */
public final class ReplyScaffolder {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]+");

    private ReplyScaffolder() {}

    /**
     * Scaffolds the reply {@code request} describes.
     *
     * @throws InvalidRequestException naming every value of the request that the registries do not know
     * @throws ContentProblemsException when the file exists already (it is never overwritten), or when the
     *     settings or registries themselves have errors
     */
    public static ScaffoldResult scaffold(ScaffoldRequest request) {
        Path content = request.contentDirectory();
        if (!Files.isDirectory(content)) {
            throw new InvalidRequestException("the content folder " + content + " does not exist — point"
                    + " contentDirectory (-Dreply-archive.contentDirectory) at the folder holding site.yaml");
        }
        RegistryReader.Registered registries = loadRegistries(content);
        ReplyFacts facts = resolve(request, registries);
        String path = facts.path();
        ReplyDraft draft = ReplyDraft.of(facts, Files.isRegularFile(content.resolve(facts.source())));
        Path file = content.resolve(path);
        write(file, path, draft.text());
        return new ScaffoldResult(file, path, draft.todo());
    }

    /** Settings and registries only: the replies and pages of the archive may have errors of their own. */
    private static RegistryReader.Registered loadRegistries(Path content) {
        try {
            return RegistryReader.read(content);
        } catch (ContentProblemsException e) {
            throw new ContentProblemsException("Reply not created: the settings or registries have errors",
                    e.problems());
        }
    }

    /** The request checked against the registries; every wrong value is reported at once. */
    private static ReplyFacts resolve(ScaffoldRequest request, RegistryReader.Registered site) {
        List<String> wrong = new ArrayList<>();
        Optional<Session> session = Optional.ofNullable(site.sessions().get(request.session()));
        if (session.isEmpty()) {
            wrong.add("session: '" + request.session() + "' is not a key of registry/sessions.yaml — "
                    + Suggestions.didYouMean(request.session(), site.sessions().keySet()));
        }
        if (!NUMBER.matcher(request.number()).matches()) {
            wrong.add("number: '" + request.number() + "' is not a proposal number — give it as printed, letters and"
                    + " digits only, e.g. 2023D51 or 135");
        }
        Optional<ProposalKind> kind = ProposalKind.fromKey(request.kind());
        if (kind.isEmpty()) {
            wrong.add("kind: '" + request.kind() + "' is not a proposal kind — " + Suggestions.didYouMean(
                    request.kind(), Arrays.stream(ProposalKind.values()).map(ProposalKind::key).toList()));
        }
        if (session.isPresent() && kind.isPresent()
                && (kind.get() == ProposalKind.DEPUTY) != (session.get().body() == Body.NPC)) {
            wrong.add("kind: '" + request.kind() + "' does not go with session '" + request.session() + "' of the "
                    + session.get().body().key() + " — deputies' suggestions (deputy) answer people's congress"
                    + " (npc) sessions, proposals of every other kind answer CPPCC sessions");
        }
        Optional<Proposer> proposer = request.proposer().flatMap(p -> proposer(p, site, wrong));
        Optional<LocalDate> date = request.date().flatMap(d -> date(d, wrong));
        int year = request.year().or(() -> date.map(LocalDate::getYear))
                .orElse(session.map(Session::year).orElse(0));
        if (date.isPresent() && date.get().getYear() != year) {
            wrong.add("year: " + year + " is not the year of the date " + date.get() + " — a reply goes in the folder"
                    + " of its date's year; leave the year out");
        }
        if (!wrong.isEmpty()) {
            throw new InvalidRequestException(String.join("\n", wrong));
        }
        Optional<Department> lead = site.departments().values().stream()
                .filter(d -> d.name().official().equals(site.settings().issuer().official()))
                .findFirst();
        String slug = DraftNames.slug(Optional.of(request.number()), Optional.of(session.get().key())).orElseThrow();
        return new ReplyFacts(session.get(), request.number(), kind.get(), proposer, date, year, slug, lead,
                site.settings().officialLanguage());
    }

    private static Optional<Proposer> proposer(String given, RegistryReader.Registered site, List<String> wrong) {
        Optional<Proposer> found = Optional.ofNullable(site.proposers().get(given)).or(() -> site.proposers()
                .values().stream()
                .filter(p -> p.name().zh().equals(given) || given.equals(p.name().en()) || p.aliases().contains(given))
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .findFirst());
        if (found.isEmpty()) {
            wrong.add("proposer: '" + given + "' is not a key, name or alias of registry/proposers.yaml — "
                    + Suggestions.didYouMean(given, site.proposers().keySet()) + " (a new proposer goes there first)");
        }
        return found;
    }

    private static Optional<LocalDate> date(String given, List<String> wrong) {
        try {
            return Optional.of(LocalDate.parse(given));
        } catch (DateTimeParseException e) {
            wrong.add("date: '" + given + "' is not a real date — write YYYY-MM-DD, e.g. 2023-05-17");
            return Optional.empty();
        }
    }

    private static void write(Path file, String path, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ContentProblemsException("Reply not created", List.of(Problem.error(SourcePosition.ofFile(path),
                    "the file exists already and is never overwritten", "edit it, or check the session and number")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
