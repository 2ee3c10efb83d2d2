package org.replyarchive.scaffold;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to scaffold a reply from, as given on the command line; {@link ReplyScaffolder} checks each value
 * against the registries.
 *
 * <pre>{@code
 * new ScaffoldRequest(Path.of("content"), "cppcc-13-1", "2023D51", "party-group",
 *         Optional.of("caapd-jilin"), Optional.empty(), Optional.of("2023-05-17"));
 * }</pre>
 *
 * @param contentDirectory the archive the reply is added to
 * @param session a key of {@code registry/sessions.yaml}
 * @param number the proposal number as printed: {@code 2023D51}, {@code 135}
 * @param kind {@code member}, {@code party-group}, {@code sector}, {@code committee} or {@code deputy}
 * @param proposer a key, name or alias of {@code registry/proposers.yaml}, if known
 * @param year the year folder; by default the year of {@code date}, else the session's year
 * @param date the reply's date as {@code YYYY-MM-DD}, if known
 */
public record ScaffoldRequest(Path contentDirectory, String session, String number, String kind,
        Optional<String> proposer, Optional<Integer> year, Optional<String> date) {

    public ScaffoldRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory must not be null");
        Objects.requireNonNull(proposer, "proposer must not be null");
        Objects.requireNonNull(year, "year must not be null");
        Objects.requireNonNull(date, "date must not be null");
        session = session == null ? "" : session.strip();
        number = number == null ? "" : number.strip();
        kind = kind == null ? "" : kind.strip();
        proposer = proposer.map(String::strip).filter(p -> !p.isEmpty());
        date = date.map(String::strip).filter(d -> !d.isEmpty());
    }
}
