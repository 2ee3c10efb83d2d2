package org.replyarchive.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.replyarchive.model.Reply;

/**
 * Which replies cite each policy document, by the document's key: the replies newest first, as every list of the
 * archive is. Made from what a scan of the texts found, one reply at a time; holds no text.
 */
public record CitedDocuments(Map<String, List<Reply>> replies) {

    /** No document cited by any reply. */
    public static final CitedDocuments NONE = new CitedDocuments(Map.of());

    public CitedDocuments {
        Map<String, List<Reply>> copy = new TreeMap<>();
        replies.forEach((key, list) -> copy.put(key, list.stream().sorted(Reply.NEWEST_FIRST).toList()));
        replies = Collections.unmodifiableMap(copy);
    }

    /** The documents {@code cites} finds in each of {@code replies}. */
    public static CitedDocuments of(List<Reply> replies, Function<Reply, Collection<String>> cites) {
        Map<String, List<Reply>> byKey = new TreeMap<>();
        for (Reply reply : replies) {
            for (String key : cites.apply(reply)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(reply);
            }
        }
        return new CitedDocuments(byKey);
    }

    /** The replies that cite document {@code key}, newest first; none when no reply does. */
    public List<Reply> of(String key) {
        return replies.getOrDefault(key, List.of());
    }
}
