package org.replyarchive.bench;

import static org.replyarchive.bench.SyntheticRegistry.quote;
import static org.replyarchive.bench.SyntheticRegistry.sessionEn;
import static org.replyarchive.bench.SyntheticRegistry.sessionZh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.replyarchive.bench.SyntheticBodies.BodyWriter;
import org.replyarchive.bench.SyntheticBodies.Texts;
import org.replyarchive.bench.SyntheticRegistry.Dept;
import org.replyarchive.bench.SyntheticRegistry.Prop;
import org.replyarchive.bench.SyntheticRegistry.SessionDef;
import org.replyarchive.bench.SyntheticRegistry.TopicDef;

/**
 * Writes a synthetic, deterministic content folder of any number of replies, for the benchmark: the registries
 * of its {@link ArchiveProfile} ({@link SyntheticRegistry}), then per reply an official {@code .zh.md} with full
 * front matter and, for about 95% of them, an {@code .en.md} translation.
 *
 * <p>Chinese bodies run between the profile's lengths (code points of the body below the front matter) with the
 * structure of the real replies: salutation, {@code ## 一、关于“…”的建议} sections, {@code > 《建议》提出，…}
 * quotes, {@code ### （一）省…厅} department answers, paragraphs in the seeds' styles ({@code 一是…}, {@code 1.…},
 * {@code 下一步，…}), an occasional table, and the closing thanks ({@link SyntheticBodies}). English bodies mirror
 * the Chinese block for block at the profile's ratio. About 1.5% of the replies are disclosed as {@code summary}
 * and 1.5% as {@code title-only} (their files hold no body, as the design says).
 *
 * <p>Each reply is written to disk as soon as its text is drawn and then dropped, so that the archive is never
 * held in memory: only the metadata of every reply is, a few hundred bytes each.
 *
 * <p>The same {@code replies}, {@code seed} and profile give byte-identical files, whatever the number of threads:
 * the metadata is drawn in order from one {@link Random}, each reply's text from its own.
 */
public final class SyntheticArchive {

    public static final long DEFAULT_SEED = 20240529L;

    /**
     * What was written.
     *
     * @param replies official files written
     * @param translations English files written
     * @param summaryOnly replies disclosed as {@code summary}
     * @param titleOnly replies disclosed as {@code title-only}
     * @param files every file written, registries and pages included
     * @param bytes their total size
     * @param minBody the shortest Chinese body of a fully disclosed reply, in characters
     * @param maxBody the longest
     * @param zhChars the characters of all Chinese bodies
     * @param translatedZhChars the characters of the Chinese bodies that have a translation
     * @param enChars the characters of all English bodies
     * @param enWords the words of all English bodies
     */
    public record Summary(int replies, int translations, int summaryOnly, int titleOnly, int files, long bytes,
            int minBody, int maxBody, long zhChars, long translatedZhChars, long enChars, long enWords) {

        /** Words of English per character of the Chinese it translates. */
        public double englishWordsPerChar() {
            return translatedZhChars == 0 ? 0 : (double) enWords / translatedZhChars;
        }

        /** Replies whose text is published in full. */
        public int fullTexts() {
            return replies - summaryOnly - titleOnly;
        }

        /** Translations of a text published in full (a withheld text has no translation to count either). */
        public int fullTranslations() {
            return translations - summaryOnly - titleOnly;
        }
    }

    private SyntheticArchive() {}

    /** Writes {@code replies} replies of the realistic profile with the default seed into {@code content}. */
    public static Summary write(Path content, int replies) {
        return write(content, replies, DEFAULT_SEED, ArchiveProfile.REALISTIC);
    }

    /** Writes the archive into {@code content}, which should be empty or absent. */
    public static Summary write(Path content, int replies, long seed, ArchiveProfile profile) {
        if (replies < 1) {
            throw new IllegalArgumentException("replies must be at least 1, got " + replies);
        }
        SyntheticRegistry registry = SyntheticRegistry.of(profile);
        Map<String, String> fixed = registry.files();
        AtomicLong bytes = new AtomicLong();
        fixed.forEach((path, text) -> bytes.addAndGet(writeFile(content.resolve(path), text)));

        List<Meta> metas = plan(replies, new Random(seed), registry);
        int[] zhLengths = new int[replies];
        int[] enLengths = new int[replies];
        int[] enWords = new int[replies];
        IntStream.range(0, replies).parallel().forEach(i -> {
            Meta m = metas.get(i);
            Random rng = new Random(seed * 1_000_003L + i);
            Texts t = m.disclosure().equals("full") ? new BodyWriter(m, rng, profile).write() : new Texts("", "");
            Path dir = content.resolve("replies").resolve(Integer.toString(m.year()));
            bytes.addAndGet(writeFile(dir.resolve(m.slug() + ".zh.md"), officialFile(m, t.zh())));
            if (m.translated()) {
                bytes.addAndGet(writeFile(dir.resolve(m.slug() + ".en.md"), translationFile(m, t.en())));
                enLengths[i] = t.en().codePointCount(0, t.en().length());
                enWords[i] = words(t.en());
            }
            zhLengths[i] = t.zh().codePointCount(0, t.zh().length());
        });
        int translations = (int) metas.stream().filter(m -> m.translated()).count();
        int summaryOnly = (int) metas.stream().filter(m -> m.disclosure().equals("summary")).count();
        int titleOnly = (int) metas.stream().filter(m -> m.disclosure().equals("title-only")).count();
        int min = Integer.MAX_VALUE;
        int max = 0;
        long translatedZh = 0;
        for (int i = 0; i < replies; i++) {
            if (metas.get(i).disclosure().equals("full")) {
                min = Math.min(min, zhLengths[i]);
                max = Math.max(max, zhLengths[i]);
            }
            translatedZh += metas.get(i).translated() ? zhLengths[i] : 0;
        }
        return new Summary(replies, translations, summaryOnly, titleOnly, fixed.size() + replies + translations,
                bytes.get(), min == Integer.MAX_VALUE ? 0 : min, max, IntStream.of(zhLengths).asLongStream().sum(), translatedZh,
                IntStream.of(enLengths).asLongStream().sum(), IntStream.of(enWords).asLongStream().sum());
    }

    /** The metadata of {@code count} replies of the realistic archive, for samples of its text. */
    static List<Meta> samplePlan(int count) {
        return plan(count, new Random(DEFAULT_SEED), SyntheticRegistry.of(ArchiveProfile.REALISTIC));
    }

    /** Runs of letters or digits, as a translator's word count has them. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Metadata

    /** Everything about a reply but its bodies. */
    record Meta(int index, SessionDef session, int year, String slug, String number, String kind,
            List<Prop> proposers, Dept lead, List<Dept> co, List<TopicDef> topics, String date, String docNumber,
            String disclosure, boolean translated, boolean hasSummary, int verb) {}

    private static final Map<String, String> KIND_LETTER = Map.of(
            "member", "W", "party-group", "D", "sector", "J", "committee", "Z");
    private static final Map<String, String> KIND_ZH = Map.of("member", "委员提案", "party-group", "党派团体提案",
            "sector", "界别提案", "committee", "专委会提案", "deputy", "代表建议");
    private static final Map<String, String> KIND_EN = Map.of("member", "Member Proposal", "party-group",
            "Party and Group Proposal", "sector", "Sector Proposal", "committee", "Special Committee Proposal",
            "deputy", "Deputy Suggestion");
    private static final String[] DOC_PREFIX = {"吉科发人才", "吉科发办", "吉科函", "吉科发成果", "吉科发规划"};

    private static List<Meta> plan(int count, Random rng, SyntheticRegistry registry) {
        int totalWeight = registry.sessions.stream().mapToInt(SessionDef::weight).sum();
        // Which replies withhold their text or lack a translation: exact shares, at random places.
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        Collections.shuffle(order, rng);
        int summaries = (int) Math.ceil(count * 0.015);
        int titleOnly = (int) Math.ceil(count * 0.015);
        int untranslated = (int) Math.ceil(count * 0.05);
        String[] disclosure = new String[count];
        boolean[] translated = new boolean[count];
        java.util.Arrays.fill(disclosure, "full");
        java.util.Arrays.fill(translated, true);
        int k = 0;
        for (int i = 0; i < summaries && k < count; i++) {
            disclosure[order.get(k++)] = "summary";
        }
        for (int i = 0; i < titleOnly && k < count; i++) {
            disclosure[order.get(k++)] = "title-only";
        }
        for (int i = 0; i < untranslated && k < count; i++) {
            translated[order.get(k++)] = false;
        }
        Map<String, Integer> lastNumber = new HashMap<>();
        Map<Integer, Integer> lastDoc = new HashMap<>();
        List<Prop> members = registry.proposersOfKind("member");
        List<Prop> parties = new ArrayList<>(registry.proposersOfKind("party"));
        parties.addAll(registry.proposersOfKind("group").subList(0, 2));
        Prop committee = registry.proposersOfKind("group").get(2);
        List<Prop> deputies = registry.proposersOfKind("deputy");
        List<Meta> metas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SessionDef s = pickSession(rng, registry.sessions, totalWeight);
            String kind;
            List<Prop> props;
            if (s.body().equals("npc")) {
                kind = "deputy";
                props = pickSome(rng, deputies, rng.nextInt(10) < 8 ? 1 : 2);
            } else {
                int r = rng.nextInt(100);
                kind = r < 65 ? "member" : r < 85 ? "party-group" : r < 93 ? "sector" : "committee";
                props = switch (kind) {
                    case "member" -> pickSome(rng, members, rng.nextInt(10) < 9 ? 1 : 2);
                    case "party-group" -> pickSome(rng, parties, 1);
                    case "sector" -> pickSome(rng, members, 2 + rng.nextInt(3));
                    default -> List.of(committee);
                };
            }
            // Deputy suggestions and the 12th CPPCC number per session (cppcc-12-5-135); the 13th per kind (2023W316).
            boolean perKind = s.body().equals("cppcc") && s.term() >= 13;
            int n = lastNumber.merge(perKind ? s.key() + kind : s.key(), 1 + rng.nextInt(4), Integer::sum);
            String number = perKind ? s.year() + KIND_LETTER.get(kind) + n
                    : s.body().equals("npc") ? String.format(Locale.ROOT, "%04d", n) : Integer.toString(n);
            String slug = perKind ? number : s.key() + "-" + number;
            List<Dept> departments = registry.departments;
            Dept lead = rng.nextInt(10) < 7 ? departments.get(0) : departments.get(rng.nextInt(departments.size()));
            List<Dept> others = new ArrayList<>(departments);
            others.remove(lead);
            int coCount = rng.nextInt(10) < 3 ? 0 : 1 + rng.nextInt(rng.nextInt(10) < 8 ? 3 : 8);
            List<Dept> co = pickSome(rng, others, coCount);
            List<TopicDef> topics = pickSome(rng, registry.topics, 1 + rng.nextInt(5));
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", s.year(), 3 + rng.nextInt(8), 1 + rng.nextInt(28));
            int doc = lastDoc.merge(s.year(), 1 + rng.nextInt(3), Integer::sum);
            String docNumber = DOC_PREFIX[rng.nextInt(DOC_PREFIX.length)] + "〔" + s.year() + "〕" + doc + "号";
            boolean hasSummary = !disclosure[i].equals("full") || rng.nextInt(10) < 9;
            metas.add(new Meta(i, s, s.year(), slug, number, kind, props, lead, co, topics, date, docNumber,
                    disclosure[i], translated[i], hasSummary, rng.nextInt(PROPOSAL_VERB_ZH.length)));
        }
        return metas;
    }

    private static SessionDef pickSession(Random rng, List<SessionDef> sessions, int totalWeight) {
        int r = rng.nextInt(totalWeight);
        for (SessionDef s : sessions) {
            r -= s.weight();
            if (r < 0) {
                return s;
            }
        }
        throw new AssertionError();
    }

    private static <T> List<T> pickSome(Random rng, List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, rng);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Files

    private static final String[] PROPOSAL_VERB_ZH = {"关于加快推进我省%s发展的建议", "关于完善%s支持政策的建议",
            "关于加大%s支持力度的建议", "关于优化%s发展环境的建议", "关于促进%s高质量发展的建议", "关于助推我省%s健康发展的建议"};
    private static final String[] PROPOSAL_VERB_EN = {"Proposal on Accelerating %s in Our Province",
            "Proposal on Improving Support Policies for %s", "Proposal on Stepping Up Support for %s",
            "Proposal on Optimising the Environment for %s", "Proposal on Promoting the High-Quality Development of %s",
            "Proposal on Promoting the Sound Development of %s in Our Province"};

    static String proposalTitleZh(Meta m) {
        return String.format(PROPOSAL_VERB_ZH[m.verb()], m.topics().get(0).zh());
    }

    static String proposalTitleEn(Meta m) {
        return String.format(PROPOSAL_VERB_EN[m.verb()], titleCase(m.topics().get(0).en()));
    }

    private static String titleZh(Meta m) {
        return (m.session().term() == 12 ? "对" : "关于对") + sessionZh(m.session()) + "第" + m.number() + "号"
                + KIND_ZH.get(m.kind()) + "的答复";
    }

    private static String titleEn(Meta m) {
        return "Reply to " + KIND_EN.get(m.kind()) + " No. " + m.number() + " of the " + sessionEn(m.session());
    }

    private static String summaryZh(Meta m) {
        StringBuilder s = new StringBuilder(m.lead().shortZh());
        if (!m.co().isEmpty()) {
            s.append("会同").append(m.co().get(0).shortZh()).append("等").append(m.co().size()).append("个部门");
        }
        s.append("，对").append(m.proposers().get(0).salutationZh()).append("提出的《").append(proposalTitleZh(m))
                .append("》作出答复，介绍了");
        for (int i = 0; i < m.topics().size(); i++) {
            s.append(i == 0 ? "" : "、").append(m.topics().get(i).zh());
        }
        s.append("等方面的主要举措、工作成效及下步打算。");
        return s.length() > 200 ? s.substring(0, 199) + "。" : s.toString();
    }

    private static String summaryEn(Meta m) {
        StringBuilder s = new StringBuilder("The ").append(m.lead().shortEn());
        if (!m.co().isEmpty()) {
            s.append(", together with ").append(m.co().size()).append(m.co().size() == 1 ? " other department" : " other departments");
        }
        s.append(", replies to the \"").append(proposalTitleEn(m)).append("\", describing its measures, results and plans"
                + " concerning ");
        for (int i = 0; i < m.topics().size(); i++) {
            s.append(i == 0 ? "" : i == m.topics().size() - 1 ? " and " : ", ").append(m.topics().get(i).en());
        }
        return s.append('.').toString();
    }

    private static String officialFile(Meta m, String body) {
        StringBuilder f = new StringBuilder(body.length() * 3 / 2 + 1024);
        f.append("---\ntitle: ").append(titleZh(m))
                .append("\ndoc_number: ").append(m.docNumber())
                .append("\ndate: ").append(m.date())
                .append("\nsession: ").append(m.session().key())
                .append("\nproposal:\n  number: \"").append(m.number())
                .append("\"\n  kind: ").append(m.kind())
                .append("\n  title: ").append(proposalTitleZh(m))
                .append("\n  proposers: [").append(String.join(", ", m.proposers().stream().map(Prop::key).toList()))
                .append("]\nhandling:\n  lead: ").append(m.lead().key())
                .append("\n  co: [").append(String.join(", ", m.co().stream().map(Dept::key).toList()))
                .append("]\ntopics: [").append(String.join(", ", m.topics().stream().map(TopicDef::key).toList()))
                .append("]\ndisclosure: ").append(m.disclosure()).append('\n');
        if (m.hasSummary()) {
            f.append("summary: ").append(summaryZh(m)).append('\n');
        }
        f.append("---\n");
        if (!body.isEmpty()) {
            f.append('\n').append(body);
        }
        return f.toString();
    }

    private static String translationFile(Meta m, String body) {
        StringBuilder f = new StringBuilder(body.length() + 1024);
        f.append("---\ntitle: ").append(quote(titleEn(m)))
                .append("\nproposal:\n  title: ").append(quote(proposalTitleEn(m))).append('\n');
        if (m.hasSummary()) {
            f.append("summary: ").append(quote(summaryEn(m))).append('\n');
        }
        // The English of a synthetic reply is recombined phrases, not a translation of its Chinese text.
        f.append("terminology_exceptions: [").append(SyntheticRegistry.GLOSSARY_KEYS).append("]\n");
        f.append("---\n");
        if (!body.isEmpty()) {
            f.append('\n').append(body);
        }
        return f.toString();
    }

    static String titleCase(String text) {
        String t = text.startsWith("the ") ? text.substring(4) : text;
        StringBuilder out = new StringBuilder();
        for (String word : t.split(" ")) {
            boolean small = List.of("and", "of", "the", "for", "in").contains(word);
            out.append(out.length() == 0 ? "" : " ")
                    .append(small || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static long writeFile(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.length;
    }
}
