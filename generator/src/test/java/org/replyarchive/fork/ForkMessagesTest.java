package org.replyarchive.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Severity;
import org.replyarchive.problem.SourcePosition;

/** Every message a child sends arrives as it was sent, whatever its fields hold. */
class ForkMessagesTest {

    private static final String ALPHABET = "ab\t\n\r\\tn 答复—:,%";

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @Test
    void problemsAndInfoLinesRoundTripWhateverTheirFieldsHold() {
        Random random = new Random(20261202);
        for (int i = 0; i < 2_000; i++) {
            Problem problem = new Problem(new SourcePosition(randomText(random), random.nextInt(1000),
                    random.nextInt(200)), randomText(random), randomText(random),
                    random.nextBoolean() ? Severity.ERROR : Severity.WARNING);
            String line = ForkMessages.line(ForkMessages.WARNING, problem);
            assertFalse(line.contains("\n") || line.contains("\r"), "one message, one line: " + line);
            assertEquals(problem, ForkMessages.problem(ForkMessages.fields(line)));

            String message = randomText(random);
            assertEquals(List.of(ForkMessages.INFO, message),
                    ForkMessages.fields(ForkMessages.line(ForkMessages.INFO, message)));
        }
    }
}
