package org.replyarchive.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.config.Language;
import org.replyarchive.content.BodyReader;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.model.Site;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.Severity;
import org.replyarchive.testing.SiteFixture;

class TranslationStamperTest {

    private static final String REPLY = "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH
            + "-- replies/2023/2023D51.en.md --\n" + SiteFixture.REPLY_EN;

    @TempDir
    Path dir;

    @Test
    void aStampedTranslationIsCurrentUntilItsOfficialTextChanges() throws IOException {
        Path content = SiteFixture.write(dir, REPLY);
        assertEquals(List.of("replies/2023/2023D51.en.md"), TranslationStamper.stamp(content, "2023/2023D51"));
        assertEquals(List.of(), drift(content));

        Path official = content.resolve("replies/2023/2023D51.zh.md");
        Files.writeString(official, Files.readString(official).replace("正文第一段。", "正文第一段，已修改。"));
        assertEquals(List.of("replies/2023/2023D51.en.md:16:1: the official text changed since this translation was"
                + " stamped, in block 4 (replies/2023/2023D51.zh.md:24) — translate the changed blocks again, then"
                + " stamp the translation: mvn -pl site reply-archive:stamp -Dreply-archive.reply=2023/2023D51"),
                drift(content));

        TranslationStamper.stamp(content, "2023/2023D51");
        assertEquals(List.of(), drift(content));
    }

    @Test
    void stampingAgainReplacesTheStampAndKeepsEveryOtherLine() throws IOException {
        Path content = SiteFixture.write(dir, REPLY);
        Path translation = content.resolve("replies/2023/2023D51.en.md");
        TranslationStamper.stamp(content, "2023/2023D51");
        String once = Files.readString(translation);
        TranslationStamper.stamp(content, "2023/2023D51");
        assertEquals(once, Files.readString(translation));
        assertEquals(SiteFixture.REPLY_EN, once.replaceAll("(?s)translated_from:.*?\\]\\n", ""));
        assertTrue(once.contains("  blocks: [555283e8, 5c73dc23, 3cca93b4, 1333b920]\n"), once);
    }

    @Test
    void anUnknownReplyIsRefusedWithTheNearestId() {
        Path content = SiteFixture.write(dir, REPLY);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> TranslationStamper.stamp(content, "2023/2023D5"));
        assertEquals("there is no reply '2023/2023D5' — did you mean '2023/2023D51'?", e.getMessage());
    }

    private List<String> drift(Path content) {
        Site site = new ContentLoader(new Problems()).load(content);
        assertTrue(site.replies().get(0).texts().get(Language.EN).translatedFrom().isPresent());
        return new TranslationDriftChecker(new BodyReader(content), Severity.ERROR).check(site.replies()).stream()
                .map(Problem::toString).toList();
    }
}
