package org.replyarchive.draft;

import java.util.Optional;
import java.util.regex.Pattern;

/** Where a draft goes: the slug rule and the paths of a reply and its source in the content folder. */
public final class DraftNames {

    /** A number with letters in it ({@code 2023D51}) is unique on its own; a bare one ({@code 135}) is not. */
    private static final Pattern DISTINCT_NUMBER = Pattern.compile("[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*");

    private DraftNames() {}

    /**
     * The slug of a reply: its proposal number where that is unique on its own ({@code 2023D51}), else session
     * and number ({@code cppcc-12-5-135}); empty when neither tells it.
     */
    public static Optional<String> slug(Optional<String> proposalNumber, Optional<String> sessionKey) {
        if (proposalNumber.isEmpty()) {
            return Optional.empty();
        }
        if (DISTINCT_NUMBER.matcher(proposalNumber.get()).matches()) {
            return proposalNumber;
        }
        return sessionKey.map(key -> key + "-" + proposalNumber.get());
    }

    /** {@code replies/<year>/<slug>.<language>.md}. */
    public static String replyPath(int year, String slug, String languageCode) {
        return "replies/" + year + "/" + slug + "." + languageCode + ".md";
    }

    /** {@code sources/<slug>.txt}: the text a reply was imported from, named by its {@code source:}. */
    public static String sourcePath(String slug) {
        return "sources/" + slug + ".txt";
    }
}
