package org.replyarchive.index;

import java.util.List;
import java.util.Objects;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;

/** The replies filed under one key of a facet (one year, one session …), newest first. */
public record Group(String key, Localized<String> label, List<Reply> replies) {

    public Group {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        replies = replies.stream().sorted(Reply.NEWEST_FIRST).toList();
    }
}
