package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.config.Language;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.Severity;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.testing.FixtureArchive;

class ModelCodecTest {

    /** Every kind of value the forms know, nulls and empties included. */
    record Sample(String text, String none, int number, long big, boolean flag, Integer boxed, Integer noBox,
            LocalDate date, LocalDate noDate, Optional<Localized<String>> title, Optional<String> empty,
            List<Optional<Integer>> list, List<String> noList, Map<Language, List<Long>> map, Severity severity,
            Severity noSeverity, Localized<Localized<Boolean>> nested) {}

    /** A record whose component has a type the forms do not know. */
    record Unknown(Set<String> keys) {}

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueComesBackEqual() throws IOException {
        Map<Language, List<Long>> map = new LinkedHashMap<>();
        map.put(Language.EN, List.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE));
        map.put(Language.ZH, List.of());
        Sample sample = new Sample("答复 text ✓ 𠀀", null, Integer.MIN_VALUE, 1L << 40, true, -7, null,
                LocalDate.of(2023, 5, 17), null, Optional.of(new Localized<>("题目", null)), Optional.empty(),
                Arrays.asList(Optional.of(1), Optional.empty(), null), null, map, Severity.WARNING, null,
                new Localized<>(new Localized<>(true, false), null));
        ModelCodec<Sample> codec = new ModelCodec<>(Sample.class, true);
        Sample back = codec.read(new ByteArrayInputStream(bytes(codec, sample)), bytes(codec, sample).length);
        assertEquals(sample, back);
        assertEquals(List.of(Language.EN, Language.ZH), List.copyOf(back.map().keySet()), "in the order written");
    }

    @Test
    void theArchivesComeBackEqualSharingOneInstanceOfEachRegistryEntry() throws IOException {
        for (Path content : List.of(Path.of("..", "content"), FixtureArchive.write(dir))) {
            Site site = new ContentLoader(new Problems()).load(content);
            LoadSnapshot snapshot = new LoadSnapshot("engine", Map.of("replies/a.zh.md", "1:2"), "shape",
                    List.of(new Problem(new SourcePosition("replies/a.zh.md", 3, 4), "what", "fix", Severity.WARNING)),
                    site);
            byte[] bytes = bytes(ModelCodec.SNAPSHOT, snapshot);
            LoadSnapshot back = ModelCodec.SNAPSHOT.read(new ByteArrayInputStream(bytes), bytes.length);

            assertEquals(snapshot, back, content.toString());
            for (Reply reply : back.site().replies()) {
                assertSame(back.site().sessions().get(reply.session().key()), reply.session());
                assertSame(back.site().departments().get(reply.handling().lead().key()), reply.handling().lead());
                reply.proposal().proposers().forEach(p -> assertSame(back.site().proposers().get(p.key()), p));
            }
        }
    }

    @Test
    void aDamagedFileIsRefusedWithAnIOExceptionNeverMoreMemoryThanItsSize() throws IOException {
        Site site = new ContentLoader(new Problems()).load(FixtureArchive.write(dir));
        LoadSnapshot snapshot = new LoadSnapshot("engine", Map.of(), "shape", List.of(), site);
        byte[] bytes = bytes(ModelCodec.SNAPSHOT, snapshot);
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            byte[] damaged = trial % 3 == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length))
                    : trial % 3 == 1 ? withByteAt(bytes, random.nextInt(bytes.length), (byte) random.nextInt(256))
                    : withByteAt(bytes, random.nextInt(bytes.length), (byte) 0xFF);
            try {
                // A changed byte may still make a model; what must not happen is an Error (memory, stack).
                ModelCodec.SNAPSHOT.read(new ByteArrayInputStream(damaged), damaged.length);
            } catch (IOException | RuntimeException expected) {
                // what LoadSnapshot.read takes for "load everything again"
            }
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> ModelCodec.SNAPSHOT.read(new ByteArrayInputStream(longer), longer.length));
        byte[] huge = {1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x7F};
        IOException refused = assertThrows(IOException.class,
                () -> new ModelCodec<>(Sample.class, true).read(new ByteArrayInputStream(huge), huge.length));
        assertTrue(refused.getMessage().contains("in a file of 5 bytes"), refused.getMessage());
    }

    @Test
    void theShapeIgnoresWhatTheBodiesDecideAndWhichInstancesAreShared() {
        Site site = new ContentLoader(new Problems()).load(FixtureArchive.write(dir));
        Reply reply = site.replies().get(0);
        ReplyText text = reply.texts().get(Language.ZH);
        Reply reworded = withZhText(reply, new ReplyText(text.path(), text.firstBodyLine() + 3, "another digest",
                text.inline(), text.translatedFrom(), text.termExceptions()));
        assertEquals(ModelCodec.shape(reply), ModelCodec.shape(reworded));
        Reply moved = withZhText(reply, new ReplyText(text.path() + "x", text.firstBodyLine(), text.digest(),
                text.inline(), text.translatedFrom(), text.termExceptions()));
        assertNotEquals(ModelCodec.shape(reply), ModelCodec.shape(moved));

        Localized<String> title = reply.title();
        Reply unshared = new Reply(reply.year(), reply.slug(), new Localized<>(new String(title.zh()),
                title.en() == null ? null : new String(title.en())), reply.docNumber(), reply.date(),
                reply.session(), reply.proposal(), reply.handling(), reply.topics(), reply.disclosure(),
                reply.summary(), reply.source(), reply.texts(), reply.officialLanguage(), reply.documents(),
                reply.corrections());
        assertEquals(ModelCodec.shape(reply), ModelCodec.shape(unshared));
    }

    @Test
    void aTypeTheFormsDoNotKnowFailsAtOnceNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ModelCodec<>(Unknown.class, true));
        assertTrue(e.getMessage().contains("java.util.Set<java.lang.String>"), e.getMessage());
    }

    private static Reply withZhText(Reply reply, ReplyText zh) {
        Map<Language, ReplyText> texts = new LinkedHashMap<>(reply.texts());
        texts.put(Language.ZH, zh);
        return new Reply(reply.year(), reply.slug(), reply.title(), reply.docNumber(), reply.date(), reply.session(),
                reply.proposal(), reply.handling(), reply.topics(), reply.disclosure(), reply.summary(),
                reply.source(), texts, reply.officialLanguage(), reply.documents(), reply.corrections());
    }

    private static byte[] withByteAt(byte[] bytes, int at, byte value) {
        byte[] copy = bytes.clone();
        copy[at] = value;
        return copy;
    }

    private static <T> byte[] bytes(ModelCodec<T> codec, T value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(value, out);
        return out.toByteArray();
    }
}
