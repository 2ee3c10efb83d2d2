package org.replyarchive.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * A reply file scaffolded.
 *
 * @param file the file written
 * @param path the file relative to the content folder: {@code replies/2023/2023D51.zh.md}
 * @param todo the fields left as {@code TODO}, in the order they appear
 */
public record ScaffoldResult(Path file, String path, List<String> todo) {

    public ScaffoldResult {
        todo = List.copyOf(todo);
    }

    /** The line a scaffold ends with. */
    public String summary() {
        return "Created " + path + (todo.isEmpty() ? "" : " — fill in the TODO values: " + String.join(", ", todo));
    }
}
