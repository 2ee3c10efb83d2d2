package org.replyarchive.model;

import java.util.Optional;

/**
 * A document of a case besides the reply itself, named by its file's suffix ({@code 2023D51.interim.zh.md}).
 * Whether it comes before or after the reply fixes the order the case page shows and the dates allowed.
 */
public enum DocumentKind {
    /** 阶段性答复: an interim reply, before the reply. */
    INTERIM("interim", true),
    /** 协办意见: a co-handling department's opinion, sent to the lead department before it replies. */
    CO_OPINION("co", true),
    /** 再次答复: a second reply, after the proposer was dissatisfied with the first. */
    SECOND("second", false),
    /** 跟踪答复: a follow-up when what was proposed has been done. */
    FOLLOW_UP("follow-up", false);

    private final String key;
    private final boolean beforeReply;

    DocumentKind(String key, boolean beforeReply) {
        this.key = key;
        this.beforeReply = beforeReply;
    }

    /** The suffix of the file; a co-handling opinion's is {@code co-<department key>}. */
    public String key() {
        return key;
    }

    public boolean beforeReply() {
        return beforeReply;
    }

    /** The kind a file suffix names: {@code interim}, {@code second}, {@code follow-up}, {@code co-jl-jyt}. */
    public static Optional<DocumentKind> ofSuffix(String suffix) {
        if (suffix.startsWith("co-")) {
            return Optional.of(CO_OPINION);
        }
        for (DocumentKind kind : values()) {
            if (kind != CO_OPINION && kind.key.equals(suffix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
