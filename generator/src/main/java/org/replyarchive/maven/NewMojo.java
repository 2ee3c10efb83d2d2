package org.replyarchive.maven;

import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.SiteGenerator;
import org.replyarchive.scaffold.ScaffoldRequest;

/**
 * Scaffolds a new reply, {@code replies/<year>/<slug>.zh.md}, from its session, proposal number and kind:
 * the title, session, proposal, proposer and lead department are filled from the registries as far as they
 * allow, every other value is {@code TODO}. Never overwrites a file.
 *
 * <pre>
 * mvn reply-archive:new -Dreply-archive.session=cppcc-13-1 -Dreply-archive.number=2023D51 -Dreply-archive.kind=party-group
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractReplyArchiveMojo {

    /**
     * The session the proposal was made at: a key of {@code registry/sessions.yaml}, e.g. {@code cppcc-13-1}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "session", required = true)
    String session;

    /**
     * The proposal number as printed, e.g. {@code 2023D51} or {@code 135}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "number", required = true)
    String number;

    /**
     * The kind of proposal: {@code member}, {@code party-group}, {@code sector}, {@code committee} or
     * {@code deputy}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "kind", required = true)
    String kind;

    /**
     * The proposer, if known: a key, name or alias of {@code registry/proposers.yaml}. None by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "proposer")
    String proposer;

    /**
     * The reply's date as {@code YYYY-MM-DD}, if known. None by default ({@code TODO}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "date")
    String date;

    /**
     * The year folder; by default the year of {@code date}, else the session's year.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "year")
    Integer year;

    @Override
    void run(BuildListener listener) {
        listener.info(SiteGenerator.scaffold(new ScaffoldRequest(contentDirectory.toPath(), session, number, kind,
                Optional.ofNullable(proposer), Optional.ofNullable(year), Optional.ofNullable(date))).summary());
    }
}
