package org.replyarchive.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.replyarchive.build.BuildListener;
import org.replyarchive.content.RegistryReader;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Imports the text of published replies as draft archive entries: for each text, a draft
 * {@code replies/<year>/<slug>.zh.md} and the text itself as {@code sources/<slug>.txt}, which the draft names as
 * its {@code source:}.
 *
 * <pre>{@code
 * ImportResult result = ReplyTextImporter.importText(
 *         ImportConfig.builder(Path.of("reply.txt"), Path.of("content")).build(), BuildListener.SILENT);
 * }</pre>
 */
public final class ReplyTextImporter {

    private ReplyTextImporter() {}

    /**
     * Reads every input, and writes the drafts only when all of them could be read and none would overwrite a
     * file (unless {@link ImportConfig#force()}). Tells {@code listener} one line per file written, and each
     * field a human must complete as a warning at its line and column in the draft.
     *
     * @throws ContentProblemsException with every problem found when an input is missing, empty, not text or not
     *     a reply, when a draft would overwrite a file, or when the registries have errors; nothing is written then
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public static ImportResult importText(ImportConfig config, BuildListener listener) {
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        Problems problems = new Problems();
        List<Path> inputs = inputs(config.from(), problems);
        failIfErrors(problems);
        RegistryReader.Registered registered = RegistryReader.read(config.contentDirectory());
        DraftComposer composer = new DraftComposer(new RegistryMatcher(registered), registered.settings());
        List<Draft> drafts = new ArrayList<>();
        for (Path input : inputs) {
            String name = displayName(config.from(), input);
            TextDecoder.decode(readAllBytes(input), config.encoding(), name, problems)
                    .flatMap(text -> ReplyTextParser.parse(text.text(), name, problems)
                            .flatMap(reply -> composer.compose(reply, name, text.charset().name(), problems)))
                    .ifPresent(drafts::add);
        }
        DraftWriter writer = new DraftWriter(config.contentDirectory(), config.force());
        writer.checkTargets(drafts, problems);
        failIfErrors(problems);
        List<ImportResult.ImportedDraft> imported = new ArrayList<>();
        for (Draft draft : drafts) {
            writer.write(draft);
            report(draft, listener);
            imported.add(new ImportResult.ImportedDraft(draft.input(), draft.draftPath(), draft.sourcePath(),
                    draft.encoding(), draft.toFill(), draft.notes()));
        }
        ImportResult result = new ImportResult(imported);
        listener.info(result.summary());
        return result;
    }

    private static void report(Draft draft, BuildListener listener) {
        listener.info("Wrote " + draft.draftPath() + " from " + draft.input()
                + (draft.toFill().isEmpty() ? "" : " — to fill in: " + String.join(", ", draft.toFill())));
        listener.info("Wrote " + draft.sourcePath() + " — the imported text (read as " + draft.encoding()
                + "), the draft's source for the fidelity check");
        draft.notes().forEach(listener::warning);
    }

    private static void failIfErrors(Problems problems) {
        if (problems.hasErrors()) {
            throw new ContentProblemsException("Nothing imported", problems.sorted());
        }
    }

    /** The file itself, or the {@code .txt} files of a folder in name order. */
    private static List<Path> inputs(Path from, Problems problems) {
        if (Files.isRegularFile(from)) {
            return List.of(from);
        }
        if (!Files.isDirectory(from)) {
            problems.error(SourcePosition.ofFile(from.toString()), "there is no file or folder to import here",
                    "point from (-Dreply-archive.from) at a .txt file holding a reply's text, or at a folder of them");
            return List.of();
        }
        try (Stream<Path> files = Files.list(from)) {
            List<Path> texts = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .toList();
            if (texts.isEmpty()) {
                problems.error(SourcePosition.ofFile(from.toString()), "the folder holds no .txt file",
                        "put the text of each reply in a .txt file of its own in this folder");
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + from, e);
        }
    }

    /** How messages name an input: its file name, with the folder's name when a folder is imported. */
    private static String displayName(Path from, Path input) {
        return from.equals(input) ? input.getFileName().toString()
                : Optional.ofNullable(from.getFileName()).map(f -> f + "/").orElse("") + input.getFileName();
    }

    private static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
