package org.replyarchive.content;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;
import org.replyarchive.model.SiteSettings;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problems;

/**
 * Reads only {@code site.yaml} and the registries of sessions, departments and proposers, checked as a build
 * checks them, without the replies: what a tool that matches names to keys (the importer) needs.
 *
 * <pre>{@code
 * RegistryReader.Registered registered = RegistryReader.read(Path.of("content"));
 * registered.sessions().get("cppcc-13-1");
 * }</pre>
 */
public final class RegistryReader {

    private RegistryReader() {}

    /**
     * The settings and registries of {@code contentDirectory}.
     *
     * @throws ContentProblemsException with every problem found, when any of these files has an error
     */
    public static Registered read(Path contentDirectory) {
        Objects.requireNonNull(contentDirectory, "contentDirectory must not be null");
        Problems problems = new Problems();
        ContentLoader.requireFolder(contentDirectory, problems);
        Optional<SiteSettings> settings = SiteSettingsLoader.load(contentDirectory, problems);
        RegistryLoader loader = new RegistryLoader(contentDirectory, problems);
        Map<String, Session> sessions = loader.sessions();
        Map<String, Department> departments = loader.departments();
        Map<String, Proposer> proposers = loader.proposers();
        problems.throwIfErrors();
        return new Registered(settings.orElseThrow(), sessions, departments, proposers);
    }

    /**
     * What the archive has registered, each registry a mapping of key to entry in key order.
     *
     * @param settings the settings of {@code site.yaml}
     * @param sessions {@code registry/sessions.yaml}
     * @param departments {@code registry/departments.yaml}
     * @param proposers {@code registry/proposers.yaml}
     */
    public record Registered(
            SiteSettings settings,
            Map<String, Session> sessions,
            Map<String, Department> departments,
            Map<String, Proposer> proposers) {

        public Registered {
            Objects.requireNonNull(settings, "settings must not be null");
            sessions = Collections.unmodifiableSortedMap(new TreeMap<>(sessions));
            departments = Collections.unmodifiableSortedMap(new TreeMap<>(departments));
            proposers = Collections.unmodifiableSortedMap(new TreeMap<>(proposers));
        }
    }
}
