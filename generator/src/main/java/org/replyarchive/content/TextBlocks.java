package org.replyarchive.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits a body into its blocks — paragraphs, headings and quotes, separated by blank lines — the unit in which
 * a translation follows its official text: block n of a translation renders block n of the original.
 */
public final class TextBlocks {

    /** How many hex digits of SHA-256 a block's hash keeps: enough to tell edits apart within one reply. */
    private static final int HASH_BYTES = 4;

    /**
     * One block of a body.
     *
     * @param number the 1-based position of the block in the body
     * @param line the 1-based line of the file where the block starts
     * @param text the block's Markdown, lines joined with {@code \n}, without blank lines around it
     */
    public record Block(int number, int line, String text) {}

    private TextBlocks() {}

    /** The blocks of {@code markdown}, a body whose first line is line {@code firstLine} of its file. */
    public static List<Block> of(String markdown, int firstLine) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = -1;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].isBlank();
            if (blank && start >= 0) {
                blocks.add(new Block(blocks.size() + 1, firstLine + start, text.toString()));
                text.setLength(0);
                start = -1;
            } else if (!blank) {
                if (start < 0) {
                    start = i;
                } else {
                    text.append('\n');
                }
                text.append(lines[i].stripTrailing());
            }
        }
        return blocks;
    }

    /** The short hash of a block's text that a translation stamp records. */
    public static String hash(Block block) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(block.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hash of every block of {@code markdown}, in order. */
    public static List<String> hashes(String markdown) {
        return of(markdown, 1).stream().map(TextBlocks::hash).toList();
    }
}
