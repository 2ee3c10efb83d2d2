package org.replyarchive.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into a {@link YamlNode} tree with file positions, reporting syntax errors and duplicate
 * keys as problems. Thread-safe.
 */
final class YamlParser {

    /**
     * No content file needs more than four levels (a registry entry's {@code name: {zh: …}}); sixteen leave room
     * and stop a file of a hundred thousand brackets at its first dozen, reported where the nesting goes too far.
     */
    static final int MAX_DEPTH = 16;

    /** SnakeYAML's own size limit, set to the largest file read at all so that it never fires first. */
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .build();

    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit((int) TextFiles.MAX_FILE_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        return options;
    }

    /** Thrown out of the tree builder at the value that nests too deep. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourcePosition at;

        TooDeep(SourcePosition at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private YamlParser() {}

    /**
     * Parses {@code yaml}, which starts on line {@code firstLine} of the file {@code path}.
     *
     * @return the root node, or empty after adding a problem when the text is not valid YAML
     */
    static Optional<YamlNode> parse(String yaml, String path, int firstLine, Problems problems) {
        if (hasOtherLineBreak(yaml, path, firstLine, problems)) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Mapping(Map.of(), new SourcePosition(path, firstLine, 1)));
            }
            return Optional.of(new TreeBuilder(parser, path, firstLine - 1, problems).read(0));
        } catch (TooDeep e) {
            problems.error(e.at, "the YAML nests more than " + MAX_DEPTH + " levels deep here",
                    "front matter and registries need at most four levels: close the brackets or lists opened"
                            + " above");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.error(
                    errorPosition(e, path, firstLine - 1),
                    "the YAML is malformed: " + errorMessage(e, firstLine - 1),
                    "check the indentation, put a space after each ':', and quote values that contain ': ' or"
                            + " start with a quote");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * YAML 1.1 also breaks lines at U+0085, U+2028 and U+2029, which no editor shows as a line: every position
     * after one would be off by a line, so such a character is reported, at its place, before parsing.
     */
    private static boolean hasOtherLineBreak(String yaml, String path, int firstLine, Problems problems) {
        int line = firstLine;
        int column = 1;
        boolean found = false;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                problems.error(new SourcePosition(path, line, column), "the text holds "
                        + InvisibleCharacters.name(c) + ", which YAML reads as a line break",
                        "delete it, or put a real line break in its place");
                found = true;
            }
            column++;
        }
        return found;
    }

    /**
     * Where SnakeYAML found the problem. Jackson's own location is only where its last good token ended, which
     * can be a line above the problem.
     */
    private static SourcePosition errorPosition(JsonProcessingException e, String path, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return new SourcePosition(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }
        return position(e.getLocation(), path, lineOffset);
    }

    /** SnakeYAML's problem, then what it was reading and where that began; its message would lead with the latter. */
    private static String errorMessage(JsonProcessingException e, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            Mark context = marked.getContextMark();
            return marked.getProblem().strip() + (marked.getContext() == null || context == null ? ""
                    : ", " + marked.getContext() + " that starts at line " + (context.getLine() + 1 + lineOffset)
                            + ", column " + (context.getColumn() + 1));
        }
        return firstLineOf(e.getOriginalMessage());
    }

    private static String firstLineOf(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "cannot be read" : line;
    }

    static SourcePosition position(JsonLocation location, String path, int lineOffset) {
        if (location == null || location.getLineNr() < 1) {
            return new SourcePosition(path, lineOffset + 1, 1);
        }
        return new SourcePosition(path, location.getLineNr() + lineOffset, Math.max(1, location.getColumnNr()));
    }

    /** Reads one value at a time from the token stream; per-parse state, never shared. */
    private record TreeBuilder(JsonParser parser, String path, int lineOffset, Problems problems) {

        YamlNode read(int depth) throws IOException {
            SourcePosition at = here();
            JsonToken token = parser.currentToken();
            if (depth >= MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
                throw new TooDeep(at);
            }
            if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                // The streaming parser gives an alias as its name: left alone, '*s' would be published as "s".
                problems.error(at, "the value is the YAML alias '*" + parser.getText() + "', which is not expanded"
                        + " here", "write the value out in full instead of the alias");
            }
            return switch (token) {
                case START_OBJECT -> readMapping(at, depth);
                case START_ARRAY -> readSequence(at, depth);
                case VALUE_NULL -> new YamlNode.Scalar(null, at);
                // An empty value ("key:" or "key: ''") comes as an empty text; the tree holds it as null, like ~.
                default -> scalar(parser.getText(), at);
            };
        }

        private YamlNode scalar(String text, SourcePosition at) {
            InvisibleCharacters.checkValue(text, at, problems);
            return new YamlNode.Scalar(text.isEmpty() ? null : text, at);
        }

        private YamlNode readMapping(SourcePosition at, int depth) throws IOException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePosition keyAt = here();
                parser.nextToken();
                YamlNode value = read(depth + 1);
                YamlNode.Entry earlier = entries.get(key);
                if (earlier != null) {
                    problems.error(
                            keyAt,
                            "the key '" + key + "' is written twice (first on line " + earlier.keyPosition().line()
                                    + ")",
                            "keep one of them");
                } else {
                    entries.put(key, new YamlNode.Entry(key, keyAt, value));
                }
            }
            return new YamlNode.Mapping(entries, at);
        }

        private YamlNode readSequence(SourcePosition at, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(depth + 1));
            }
            return new YamlNode.Sequence(items, at);
        }

        private SourcePosition here() {
            return position(parser.currentTokenLocation(), path, lineOffset);
        }
    }
}
