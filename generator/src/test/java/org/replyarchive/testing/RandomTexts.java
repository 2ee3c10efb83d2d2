package org.replyarchive.testing;

import java.util.Random;

/** Random texts for tests that compare a fast scan with the definition it stands in for. */
public final class RandomTexts {

    private RandomTexts() {}

    /** {@code count} pieces drawn from {@code pieces} with {@code random}, one after another. */
    public static String of(Random random, String[] pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
