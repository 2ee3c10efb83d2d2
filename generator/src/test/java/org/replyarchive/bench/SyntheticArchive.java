package org.replyarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes a synthetic, deterministic content folder of any number of replies, for the benchmark: registries
 * (10 sessions over 2020–2025, 40 proposers, 15 departments, 20 topics, a glossary), then per reply an official
 * {@code .zh.md} with full front matter and, for about 95% of them, an {@code .en.md} translation.
 *
 * <p>Chinese bodies run from {@value #MIN_BODY} to {@value #MAX_BODY} characters (code points of the body below
 * the front matter) with the structure of the real replies: salutation, {@code ## 一、关于“…”的建议} sections,
 * {@code > 《建议》提出，…} quotes, {@code ### （一）省…厅} department answers, paragraphs in the seeds' styles
 * ({@code 一是…}, {@code 1.…}, {@code 下一步，…}), an occasional table, and the closing thanks. The text is
 * recombined from a pool of real-looking phrases: it reads like a reply and means nothing. English bodies mirror
 * the Chinese block for block at {@code englishRatio} times its length. About 1.5% of the replies are disclosed
 * as {@code summary} and 1.5% as {@code title-only} (their files hold no body, as the design says).
 *
 * <p>The same {@code replies}, {@code seed} and ratio give byte-identical files, whatever the number of threads:
 * the metadata is drawn in order from one {@link Random}, each reply's text from its own.
 */
public final class SyntheticArchive {

    public static final int MIN_BODY = 3_000;
    public static final int MAX_BODY = 15_000;
    public static final double DEFAULT_ENGLISH_RATIO = 1.5;
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
     * @param enChars the characters of all English bodies
     */
    public record Summary(int replies, int translations, int summaryOnly, int titleOnly, int files, long bytes,
            int minBody, int maxBody, long zhChars, long enChars) {}

    private SyntheticArchive() {}

    /** Writes {@code replies} replies with the default seed and English ratio into {@code content}. */
    public static Summary write(Path content, int replies) {
        return write(content, replies, DEFAULT_SEED, DEFAULT_ENGLISH_RATIO);
    }

    /** Writes the archive into {@code content}, which should be empty or absent. */
    public static Summary write(Path content, int replies, long seed, double englishRatio) {
        if (replies < 1) {
            throw new IllegalArgumentException("replies must be at least 1, got " + replies);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("site.yaml", SITE);
        fixed.put("registry/sessions.yaml", sessionsYaml());
        fixed.put("registry/departments.yaml", departmentsYaml());
        fixed.put("registry/proposers.yaml", proposersYaml());
        fixed.put("registry/topics.yaml", topicsYaml());
        fixed.put("glossary.yaml", GLOSSARY);
        fixed.put("pages/about.zh.md", ABOUT_ZH);
        fixed.put("pages/about.en.md", ABOUT_EN);
        AtomicLong bytes = new AtomicLong();
        fixed.forEach((path, text) -> bytes.addAndGet(writeFile(content.resolve(path), text)));

        List<Meta> metas = plan(replies, new Random(seed));
        int[] zhLengths = new int[replies];
        int[] enLengths = new int[replies];
        IntStream.range(0, replies).parallel().forEach(i -> {
            Meta m = metas.get(i);
            Random rng = new Random(seed * 1_000_003L + i);
            Texts t = m.disclosure.equals("full") ? new BodyWriter(m, rng, englishRatio).write() : new Texts("", "");
            Path dir = content.resolve("replies").resolve(Integer.toString(m.year));
            bytes.addAndGet(writeFile(dir.resolve(m.slug + ".zh.md"), officialFile(m, t.zh)));
            if (m.translated) {
                bytes.addAndGet(writeFile(dir.resolve(m.slug + ".en.md"), translationFile(m, t.en)));
            }
            zhLengths[i] = t.zh.codePointCount(0, t.zh.length());
            enLengths[i] = m.translated ? t.en.codePointCount(0, t.en.length()) : 0;
        });
        int translations = (int) metas.stream().filter(m -> m.translated).count();
        int summaryOnly = (int) metas.stream().filter(m -> m.disclosure.equals("summary")).count();
        int titleOnly = (int) metas.stream().filter(m -> m.disclosure.equals("title-only")).count();
        int min = Integer.MAX_VALUE;
        int max = 0;
        long zh = 0;
        long en = 0;
        for (int i = 0; i < replies; i++) {
            if (metas.get(i).disclosure.equals("full")) {
                min = Math.min(min, zhLengths[i]);
                max = Math.max(max, zhLengths[i]);
            }
            zh += zhLengths[i];
            en += enLengths[i];
        }
        return new Summary(replies, translations, summaryOnly, titleOnly, fixed.size() + replies + translations,
                bytes.get(), min == Integer.MAX_VALUE ? 0 : min, max, zh, en);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Registries

    private record SessionDef(String key, String body, int term, int meeting, int year, int weight) {}

    private static final List<SessionDef> SESSIONS = List.of(
            new SessionDef("cppcc-12-3", "cppcc", 12, 3, 2020, 8),
            new SessionDef("cppcc-12-4", "cppcc", 12, 4, 2021, 9),
            new SessionDef("cppcc-12-5", "cppcc", 12, 5, 2022, 10),
            new SessionDef("cppcc-13-1", "cppcc", 13, 1, 2023, 12),
            new SessionDef("cppcc-13-2", "cppcc", 13, 2, 2024, 12),
            new SessionDef("cppcc-13-3", "cppcc", 13, 3, 2025, 10),
            new SessionDef("npc-13-4", "npc", 13, 4, 2021, 8),
            new SessionDef("npc-13-5", "npc", 13, 5, 2022, 9),
            new SessionDef("npc-14-1", "npc", 14, 1, 2023, 11),
            new SessionDef("npc-14-2", "npc", 14, 2, 2024, 11));

    private static final String[] ZH_NUM = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] EN_ORD = {"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
            "Eighth", "Ninth", "Tenth"};
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private static String zhNumber(int n) {
        return n <= 10 ? ZH_NUM[n] : n < 20 ? "十" + ZH_NUM[n - 10] : ZH_NUM[n / 10] + "十" + (n % 10 == 0 ? "" : ZH_NUM[n % 10]);
    }

    private static String sessionZh(SessionDef s) {
        return s.body.equals("cppcc")
                ? "省政协" + zhNumber(s.term) + "届" + ZH_NUM[s.meeting] + "次会议"
                : "省" + zhNumber(s.term) + "届人大" + ZH_NUM[s.meeting] + "次会议";
    }

    private static String sessionEn(SessionDef s) {
        return s.body.equals("cppcc")
                ? EN_ORD[s.meeting] + " Session of the " + s.term + "th Jilin Provincial Committee of the CPPCC"
                : EN_ORD[s.meeting] + " Session of the " + s.term + "th Jilin Provincial People's Congress";
    }

    private static String sessionsYaml() {
        StringBuilder y = new StringBuilder();
        for (SessionDef s : SESSIONS) {
            y.append(s.key).append(":\n  body: ").append(s.body).append("\n  term: ").append(s.term)
                    .append("\n  meeting: ").append(s.meeting).append("\n  year: ").append(s.year)
                    .append("\n  name: {zh: ").append(sessionZh(s)).append(", en: ").append(quote(sessionEn(s)))
                    .append("}\n\n");
        }
        return y.toString();
    }

    private record Dept(String key, String zh, String en, String shortZh, String shortEn) {}

    private static final List<Dept> DEPARTMENTS = List.of(
            new Dept("jl-kjt", "吉林省科学技术厅", "Department of Science and Technology of Jilin Province", "省科技厅",
                    "Science and Technology Department"),
            new Dept("jl-jyt", "吉林省教育厅", "Education Department of Jilin Province", "省教育厅", "Education Department"),
            new Dept("jl-rst", "吉林省人力资源和社会保障厅", "Department of Human Resources and Social Security of Jilin Province",
                    "省人社厅", "Human Resources and Social Security Department"),
            new Dept("jl-fgw", "吉林省发展和改革委员会", "Development and Reform Commission of Jilin Province", "省发改委",
                    "Development and Reform Commission"),
            new Dept("jl-gxt", "吉林省工业和信息化厅", "Department of Industry and Information Technology of Jilin Province",
                    "省工信厅", "Industry and Information Technology Department"),
            new Dept("jl-czt", "吉林省财政厅", "Department of Finance of Jilin Province", "省财政厅", "Finance Department"),
            new Dept("jl-swt", "吉林省商务厅", "Department of Commerce of Jilin Province", "省商务厅", "Commerce Department"),
            new Dept("jl-scjgt", "吉林省市场监督管理厅", "Administration for Market Regulation of Jilin Province",
                    "省市场监督管理厅", "Administration for Market Regulation"),
            new Dept("jl-jrjgj", "吉林省地方金融监督管理局", "Local Financial Supervision and Administration Bureau of Jilin Province",
                    "省地方金融监管局", "Local Financial Supervision Bureau"),
            new Dept("jl-nynct", "吉林省农业农村厅", "Department of Agriculture and Rural Affairs of Jilin Province",
                    "省农业农村厅", "Agriculture and Rural Affairs Department"),
            new Dept("jl-wsjkw", "吉林省卫生健康委员会", "Health Commission of Jilin Province", "省卫生健康委",
                    "Health Commission"),
            new Dept("jl-sthjt", "吉林省生态环境厅", "Department of Ecology and Environment of Jilin Province", "省生态环境厅",
                    "Ecology and Environment Department"),
            new Dept("jl-zrzyt", "吉林省自然资源厅", "Department of Natural Resources of Jilin Province", "省自然资源厅",
                    "Natural Resources Department"),
            new Dept("jl-swj", "国家税务总局吉林省税务局", "Jilin Provincial Tax Service, State Taxation Administration",
                    "省税务局", "Provincial Tax Service"),
            new Dept("jl-tjj", "吉林省统计局", "Statistics Bureau of Jilin Province", "省统计局", "Statistics Bureau"));

    private static String departmentsYaml() {
        StringBuilder y = new StringBuilder();
        for (Dept d : DEPARTMENTS) {
            y.append(d.key).append(":\n  name: {zh: ").append(d.zh).append(", en: ").append(quote(d.en))
                    .append("}\n  short: {zh: ").append(d.shortZh).append(", en: ").append(quote(d.shortEn))
                    .append("}\n  aliases: [").append(d.shortZh.substring(1)).append("]\n\n");
        }
        return y.toString();
    }

    /** A proposer; {@code salutationZh/En} is how a reply addresses it. */
    private record Prop(String key, String kind, String zh, String en, String salutationZh, String salutationEn) {}

    private static final List<Prop> PROPOSERS = proposers();

    private static List<Prop> proposers() {
        List<Prop> list = new ArrayList<>();
        String[][] members = {{"李秀玉", "Li Xiuyu"}, {"丛艳辉", "Cong Yanhui"}, {"王建国", "Wang Jianguo"},
                {"张丽华", "Zhang Lihua"}, {"刘志强", "Liu Zhiqiang"}, {"陈晓梅", "Chen Xiaomei"}, {"杨海涛", "Yang Haitao"},
                {"赵文博", "Zhao Wenbo"}, {"黄静", "Huang Jing"}, {"周振宇", "Zhou Zhenyu"}, {"吴春燕", "Wu Chunyan"},
                {"徐明远", "Xu Mingyuan"}, {"孙红梅", "Sun Hongmei"}, {"马立新", "Ma Lixin"}, {"朱国庆", "Zhu Guoqing"},
                {"胡玉兰", "Hu Yulan"}, {"郭凯", "Guo Kai"}, {"何雪松", "He Xuesong"}, {"高峰", "Gao Feng"},
                {"林晓东", "Lin Xiaodong"}, {"罗佳", "Luo Jia"}, {"郑宏伟", "Zheng Hongwei"}, {"梁秀英", "Liang Xiuying"},
                {"谢长青", "Xie Changqing"}};
        for (String[] m : members) {
            list.add(new Prop(pinyinKey(m[1]), "member", m[0], m[1], m[0] + "委员", "Member " + m[1]));
        }
        String[][] parties = {
                {"rcck-jilin", "民革吉林省委会", "Revolutionary Committee of the Chinese Kuomintang, Jilin Provincial Committee", "民革省委会"},
                {"cdl-jilin", "民盟吉林省委会", "China Democratic League, Jilin Provincial Committee", "民盟省委会"},
                {"cndca-jilin", "民建吉林省委会", "China National Democratic Construction Association, Jilin Provincial Committee", "民建省委会"},
                {"caapd-jilin", "民进吉林省委会", "China Association for Promoting Democracy, Jilin Provincial Committee", "民进省委会"},
                {"cpwdp-jilin", "农工党吉林省委会", "Chinese Peasants' and Workers' Democratic Party, Jilin Provincial Committee", "农工党省委会"},
                {"czgp-jilin", "致公党吉林省委会", "China Zhi Gong Party, Jilin Provincial Committee", "致公党省委会"},
                {"jsps-jilin", "九三学社吉林省委会", "Jiusan Society, Jilin Provincial Committee", "九三学社省委会"}};
        for (String[] p : parties) {
            list.add(new Prop(p[0], "party", p[1], p[2], p[3], p[2]));
        }
        String[][] groups = {
                {"acfic-jilin", "吉林省工商业联合会", "Jilin Federation of Industry and Commerce", "省工商联"},
                {"cast-jilin", "吉林省科学技术协会", "Jilin Association for Science and Technology", "省科协"},
                {"cppcc-jilin-ects", "省政协教科卫体委员会",
                        "Committee of Education, Science, Health and Sports of the Jilin Provincial CPPCC", "省政协教科卫体委员会"}};
        for (String[] g : groups) {
            list.add(new Prop(g[0], "group", g[1], g[2], g[3], g[2]));
        }
        String[][] deputies = {{"王红", "Wang Hong"}, {"李振华", "Li Zhenhua"}, {"张宇", "Zhang Yu"},
                {"刘淑芬", "Liu Shufen"}, {"陈刚", "Chen Gang"}, {"赵丽", "Zhao Li"}};
        for (String[] d : deputies) {
            list.add(new Prop("deputy-" + pinyinKey(d[1]), "deputy", d[0], d[1], d[0] + "代表", "Deputy " + d[1]));
        }
        return List.copyOf(list);
    }

    private static String pinyinKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static List<Prop> proposersOfKind(String kind) {
        return PROPOSERS.stream().filter(p -> p.kind.equals(kind)).toList();
    }

    private static String proposersYaml() {
        StringBuilder y = new StringBuilder();
        for (Prop p : PROPOSERS) {
            y.append(p.key).append(":\n  kind: ").append(p.kind).append("\n  name: {zh: ").append(p.zh)
                    .append(", en: ").append(quote(p.en)).append("}\n  aliases: [").append(p.salutationZh)
                    .append("]\n\n");
        }
        return y.toString();
    }

    private record TopicDef(String key, String zh, String en) {}

    private static final List<TopicDef> TOPICS = List.of(
            new TopicDef("talent", "科技人才", "science and technology talent"),
            new TopicDef("youth-talent", "青年科技人才", "young scientific talent"),
            new TopicDef("returnee-talent", "留学回国人才", "returned overseas talent"),
            new TopicDef("private-enterprise", "民营科技企业", "private technology enterprises"),
            new TopicDef("sme", "科技型中小企业", "technology-based SMEs"),
            new TopicDef("high-tech-industry", "高新技术产业", "high-tech industry"),
            new TopicDef("tech-transfer", "科技成果转化", "technology transfer"),
            new TopicDef("innovation-ecosystem", "创新生态", "the innovation ecosystem"),
            new TopicDef("tech-finance", "科技金融", "science and technology finance"),
            new TopicDef("rd-investment", "研发投入", "R&D investment"),
            new TopicDef("innovation-platforms", "创新平台", "innovation platforms"),
            new TopicDef("incubation", "创业孵化", "business incubation"),
            new TopicDef("ip", "知识产权", "intellectual property"),
            new TopicDef("digital-economy", "数字经济", "the digital economy"),
            new TopicDef("agri-tech", "农业科技", "agricultural science and technology"),
            new TopicDef("health-tech", "医药健康科技", "health and medical technology"),
            new TopicDef("basic-research", "基础研究", "basic research"),
            new TopicDef("regional-innovation", "区域创新", "regional innovation"),
            new TopicDef("international-cooperation", "国际科技合作", "international science and technology cooperation"),
            new TopicDef("green-tech", "绿色低碳技术", "green and low-carbon technology"));

    private static String topicsYaml() {
        StringBuilder y = new StringBuilder();
        for (TopicDef t : TOPICS) {
            String en = Character.toUpperCase(t.en.charAt(0)) + t.en.substring(1);
            if (en.startsWith("The ")) {
                en = Character.toUpperCase(en.charAt(4)) + en.substring(5);
            }
            y.append(t.key).append(": {zh: ").append(t.zh).append(", en: ").append(quote(en)).append("}\n");
        }
        return y.toString();
    }

    private static final String SITE = """
            title: {zh: 合成答复档案, en: Synthetic Reply Archive}
            description: {zh: 基准测试用的合成答复档案。, en: A synthetic archive of replies for the benchmark.}
            languages: [zh, en]
            issuer: {zh: 吉林省科学技术厅, en: Department of Science and Technology of Jilin Province}
            """;

    private static final String GLOSSARY = """
            yi-zhu-liu-shuang:
              term: {zh: 一主六双, en: '"One Main, Six Pairs" strategy'}
              definition: {zh: 吉林省的高质量发展战略。, en: Jilin Province's high-quality development strategy.}
              aliases: [“一主六双”]
            liu-xin-chanye:
              term: {zh: 六新产业, en: six new industries}
              definition: {zh: “一主六双”战略的主攻产业方向。, en: The main industrial thrust of the strategy.}
            si-xin-sheshi:
              term: {zh: 四新设施, en: four types of new infrastructure}
              definition: {zh: “一主六双”战略的建设重点。, en: The construction focus of the strategy.}
            po-jian-cheng-die:
              term: {zh: 破茧成蝶, en: '"Chrysalis to Butterfly" programme'}
              definition: {zh: 培育科技型中小微企业成长的专项行动。, en: A programme that helps technology-based small firms grow.}
            jie-bang-gua-shuai:
              term: {zh: 揭榜挂帅, en: open competition mechanism}
              definition: {zh: 以榜单形式公开征集科研攻关团队的项目组织方式。, en: A way of organising projects by open call for teams.}
            zhuan-jing-te-xin:
              term: {zh: 专精特新, en: '"specialised, refined, distinctive and innovative"'}
              definition: {zh: 中小企业专业化、精细化、特色化、新颖化的发展方向。, en: A development path for SMEs.}
            ke-chuang-zhuan-yuan:
              term: {zh: 科创专员, en: science and technology innovation commissioner}
              definition: {zh: 派驻企业开展科研创新活动的高校院所科技人才。, en: A researcher seconded to an enterprise.}
            shuang-qian-gong-cheng:
              term: {zh: 双千工程, en: Double Thousand Project}
              definition: {zh: 推动千项成果落地转化、千家企业提质发展的工程。, en: A project for a thousand transfers and a thousand firms.}
            """;

    private static final String ABOUT_ZH = """
            ---
            title: 关于本档案
            description: 基准测试用的合成档案。
            ---
            ## 本档案收录什么

            本档案由基准测试程序生成，正文由常见表述随机组合而成，不代表任何真实答复。
            """;

    private static final String ABOUT_EN = """
            ---
            title: About this archive
            description: A synthetic archive for the benchmark.
            ---
            ## What this archive holds

            This archive is generated by the benchmark; its texts recombine common phrases and mean nothing.
            """;

    // ---------------------------------------------------------------------------------------------------------
    // Metadata

    /** Everything about a reply but its bodies. */
    private record Meta(int index, SessionDef session, int year, String slug, String number, String kind,
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

    private static List<Meta> plan(int count, Random rng) {
        int totalWeight = SESSIONS.stream().mapToInt(SessionDef::weight).sum();
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
        List<Prop> members = proposersOfKind("member");
        List<Prop> parties = new ArrayList<>(proposersOfKind("party"));
        parties.addAll(proposersOfKind("group").subList(0, 2));
        Prop committee = proposersOfKind("group").get(2);
        List<Prop> deputies = proposersOfKind("deputy");
        List<Meta> metas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SessionDef s = pickSession(rng, totalWeight);
            String kind;
            List<Prop> props;
            if (s.body.equals("npc")) {
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
            boolean perKind = s.body.equals("cppcc") && s.term >= 13;
            int n = lastNumber.merge(perKind ? s.key + kind : s.key, 1 + rng.nextInt(4), Integer::sum);
            String number = perKind ? s.year + KIND_LETTER.get(kind) + n
                    : s.body.equals("npc") ? String.format(Locale.ROOT, "%04d", n) : Integer.toString(n);
            String slug = perKind ? number : s.key + "-" + number;
            Dept lead = rng.nextInt(10) < 7 ? DEPARTMENTS.get(0) : DEPARTMENTS.get(rng.nextInt(DEPARTMENTS.size()));
            List<Dept> others = new ArrayList<>(DEPARTMENTS);
            others.remove(lead);
            int coCount = rng.nextInt(10) < 3 ? 0 : 1 + rng.nextInt(rng.nextInt(10) < 8 ? 3 : 8);
            List<Dept> co = pickSome(rng, others, coCount);
            List<TopicDef> topics = pickSome(rng, TOPICS, 1 + rng.nextInt(5));
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", s.year, 3 + rng.nextInt(8), 1 + rng.nextInt(28));
            int doc = lastDoc.merge(s.year, 1 + rng.nextInt(3), Integer::sum);
            String docNumber = DOC_PREFIX[rng.nextInt(DOC_PREFIX.length)] + "〔" + s.year + "〕" + doc + "号";
            boolean hasSummary = !disclosure[i].equals("full") || rng.nextInt(10) < 9;
            metas.add(new Meta(i, s, s.year, slug, number, kind, props, lead, co, topics, date, docNumber,
                    disclosure[i], translated[i], hasSummary, rng.nextInt(PROPOSAL_VERB_ZH.length)));
        }
        return metas;
    }

    private static SessionDef pickSession(Random rng, int totalWeight) {
        int r = rng.nextInt(totalWeight);
        for (SessionDef s : SESSIONS) {
            r -= s.weight;
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

    private static String proposalTitleZh(Meta m) {
        return String.format(PROPOSAL_VERB_ZH[m.verb], m.topics.get(0).zh);
    }

    private static String proposalTitleEn(Meta m) {
        return String.format(PROPOSAL_VERB_EN[m.verb], titleCase(m.topics.get(0).en));
    }

    private static String titleZh(Meta m) {
        return (m.session.term == 12 ? "对" : "关于对") + sessionZh(m.session) + "第" + m.number + "号"
                + KIND_ZH.get(m.kind) + "的答复";
    }

    private static String titleEn(Meta m) {
        return "Reply to " + KIND_EN.get(m.kind) + " No. " + m.number + " of the " + sessionEn(m.session);
    }

    private static String summaryZh(Meta m) {
        StringBuilder s = new StringBuilder(m.lead.shortZh);
        if (!m.co.isEmpty()) {
            s.append("会同").append(m.co.get(0).shortZh).append("等").append(m.co.size()).append("个部门");
        }
        s.append("，对").append(m.proposers.get(0).salutationZh).append("提出的《").append(proposalTitleZh(m))
                .append("》作出答复，介绍了");
        for (int i = 0; i < m.topics.size(); i++) {
            s.append(i == 0 ? "" : "、").append(m.topics.get(i).zh);
        }
        s.append("等方面的主要举措、工作成效及下步打算。");
        return s.length() > 200 ? s.substring(0, 199) + "。" : s.toString();
    }

    private static String summaryEn(Meta m) {
        StringBuilder s = new StringBuilder("The ").append(m.lead.shortEn);
        if (!m.co.isEmpty()) {
            s.append(", together with ").append(m.co.size()).append(m.co.size() == 1 ? " other department" : " other departments");
        }
        s.append(", replies to the \"").append(proposalTitleEn(m)).append("\", describing its measures, results and plans"
                + " concerning ");
        for (int i = 0; i < m.topics.size(); i++) {
            s.append(i == 0 ? "" : i == m.topics.size() - 1 ? " and " : ", ").append(m.topics.get(i).en);
        }
        return s.append('.').toString();
    }

    private static String officialFile(Meta m, String body) {
        StringBuilder f = new StringBuilder(body.length() * 3 / 2 + 1024);
        f.append("---\ntitle: ").append(titleZh(m))
                .append("\ndoc_number: ").append(m.docNumber)
                .append("\ndate: ").append(m.date)
                .append("\nsession: ").append(m.session.key)
                .append("\nproposal:\n  number: \"").append(m.number)
                .append("\"\n  kind: ").append(m.kind)
                .append("\n  title: ").append(proposalTitleZh(m))
                .append("\n  proposers: [").append(String.join(", ", m.proposers.stream().map(Prop::key).toList()))
                .append("]\nhandling:\n  lead: ").append(m.lead.key)
                .append("\n  co: [").append(String.join(", ", m.co.stream().map(Dept::key).toList()))
                .append("]\ntopics: [").append(String.join(", ", m.topics.stream().map(TopicDef::key).toList()))
                .append("]\ndisclosure: ").append(m.disclosure).append('\n');
        if (m.hasSummary) {
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
        if (m.hasSummary) {
            f.append("summary: ").append(quote(summaryEn(m))).append('\n');
        }
        f.append("---\n");
        if (!body.isEmpty()) {
            f.append('\n').append(body);
        }
        return f.toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String titleCase(String text) {
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

    // ---------------------------------------------------------------------------------------------------------
    // Bodies

    private record Texts(String zh, String en) {}

    /** A paragraph style of the seeds. */
    private enum Style { OPENING, PLAIN, ORDINAL, INLINE, NUMBERED, NEXT }

    /**
     * Writes one reply's Chinese body within its budget, then the English body block for block. Each Chinese
     * block is recorded as it is written, with its length, so the English can mirror it.
     */
    private static final class BodyWriter {
        private final Meta m;
        private final Random rng;
        private final double ratio;
        private final StringBuilder zh = new StringBuilder(16_000);
        private final StringBuilder en = new StringBuilder(24_000);
        private final boolean organisation;
        private final String themeZh;
        private final String themeEn;
        /** How far the closing thanks, written last, will run over the ratio in English. */
        private double closingExcess;

        BodyWriter(Meta m, Random rng, double ratio) {
            this.m = m;
            this.rng = rng;
            this.ratio = ratio;
            this.organisation = !m.proposers.get(0).kind.equals("member") && !m.proposers.get(0).kind.equals("deputy");
            this.themeZh = m.topics.get(0).zh;
            this.themeEn = m.topics.get(0).en;
        }

        Texts write() {
            // Uniform over the range, less the margins by which the filling below may fall short or run over.
            int target = MIN_BODY + 500 + rng.nextInt(MAX_BODY - MIN_BODY - 650);
            // Salutation and opening.
            String salutationZh = String.join("、", m.proposers.stream().map(Prop::salutationZh).toList()) + "：";
            String salutationEn = String.join(", ", m.proposers.stream().map(Prop::salutationEn).toList()) + ":";
            block(salutationZh, salutationEn);
            String you = organisation ? "贵单位" : "您";
            block(you + "在" + sessionZh(m.session) + "上提出的《" + proposalTitleZh(m) + "》"
                    + (rng.nextBoolean() ? "（以下简称《建议》）" : "") + "收悉，经认真研究办理，现答复如下：",
                    "We have received the \"" + proposalTitleEn(m) + "\" that you submitted at the "
                            + sessionEn(m.session) + ". Having studied and handled it carefully, we now reply as follows:");
            String closingZh = (organisation ? "最后，感谢贵单位对我省" : "感谢您对我省") + themeZh + "工作的关心和支持，希望继续对我省"
                    + themeZh + "工作给予高度关注，与我厅建立经常性的联系，不断提出好的建议，为积极推进我省" + themeZh
                    + "工作做出新的贡献。";
            String closingEn = "Finally, thank you for your concern for and support of " + themeEn + " in our province. We"
                    + " hope you will continue to pay close attention to it, keep in regular contact with our Department"
                    + " and keep making good suggestions, so as to contribute to the work on " + themeEn + ".";
            int closingLength = closingZh.length() + 2;
            closingExcess = closingEn.length() - closingZh.length() * ratio;

            int content = target - zh.length() - closingLength;
            int sections = Math.max(1, Math.min(6, Math.round(content / 2600f) + rng.nextInt(3) - 1));
            boolean tableDone = rng.nextInt(20) != 0;
            for (int s = 1; s <= sections; s++) {
                int left = target - closingLength - zh.length();
                int budget = s == sections ? left : (int) (left / (double) (sections - s + 1) * (0.8 + 0.4 * rng.nextDouble()));
                int sectionEnd = zh.length() + budget;
                TopicDef topic = m.topics.get((s - 1) % m.topics.size());
                int v = rng.nextInt(SUGGESTION_ZH.length);
                block("## " + ZH_NUM[s] + "、关于“" + String.format(SUGGESTION_ZH[v], topic.zh) + "”的建议",
                        "## " + ROMAN[s] + ". On the Suggestion to \"" + String.format(SUGGESTION_EN[v], titleCase(topic.en)) + "\"");
                quote(Math.min(120 + rng.nextInt(330), Math.max(40, budget / 5)));
                List<Dept> co = new ArrayList<>(m.co);
                Collections.shuffle(co, rng);
                int depts = 1 + rng.nextInt(Math.min(4, 1 + co.size()));
                boolean headings = depts > 1 || rng.nextInt(10) < 7;
                for (int d = 0; d < depts; d++) {
                    Dept dept = d == 0 ? m.lead : co.get(d - 1);
                    int deptEnd = d == depts - 1 ? sectionEnd
                            : zh.length() + (sectionEnd - zh.length()) / (depts - d);
                    if (headings) {
                        block("### （" + ZH_NUM[d + 1] + "）" + dept.shortZh,
                                "### (" + (d + 1) + ") " + dept.shortEn);
                    }
                    if (!tableDone && deptEnd - zh.length() > 600) {
                        table();
                        tableDone = true;
                    }
                    answer(dept, deptEnd);
                }
            }
            block(closingZh, closingEn);
            return new Texts(zh.toString(), en.toString());
        }

        /** Paragraphs of one department's answer, up to {@code end} in the Chinese body. */
        private void answer(Dept dept, int end) {
            paragraph(Style.OPENING, dept, 0, Math.min(end - zh.length() - 2, 80 + rng.nextInt(200)));
            Style style = switch (rng.nextInt(4)) {
                case 0 -> Style.ORDINAL;
                case 1 -> Style.NUMBERED;
                case 2 -> Style.INLINE;
                default -> Style.PLAIN;
            };
            int n = 1;
            while (end - zh.length() > 140) {
                int left = end - zh.length() - 2;
                boolean last = left < 900;
                int length = Math.min(left, 150 + rng.nextInt(550));
                if (last && left < 700) {
                    paragraph(Style.NEXT, dept, 0, left);
                    break;
                }
                paragraph(style, dept, n++, length);
                if (style == Style.INLINE) {
                    style = Style.PLAIN; // one paragraph of 一是…二是…, as in the seeds
                }
                if (n > 9) {
                    n = 1;
                    style = Style.PLAIN;
                }
            }
        }

        private void paragraph(Style style, Dept dept, int n, int max) {
            if (max < 30) {
                return;
            }
            StringBuilder p = new StringBuilder(max + 16);
            StringBuilder e = new StringBuilder();
            switch (style) {
                case OPENING -> {
                    p.append(dept.shortZh).append(pick(OPENING_ZH)).append(themeZh).append("工作，")
                            .append(pick(ACT_ZH)).append("，主要开展了以下几方面工作：");
                    e.append("The ").append(dept.shortEn).append(pick(OPENING_EN)).append(themeEn)
                            .append(", and has worked to ").append(pick(ACT_EN))
                            .append(". Its main work has been as follows:");
                }
                case ORDINAL -> {
                    p.append(ZH_NUM[n]).append("是").append(pick(ACT_ZH)).append("。");
                    e.append(EN_ORD[n]).append(", it continued to ").append(pick(ACT_EN)).append(". ");
                }
                case NUMBERED -> {
                    p.append(n).append('.').append(pick(ACT_ZH)).append("。");
                    e.append(n).append("\\. It worked to ").append(pick(ACT_EN)).append(". ");
                }
                case NEXT -> {
                    p.append("下一步，").append(dept.shortZh).append("将").append(pick(ACT_ZH)).append("，")
                            .append(pick(ACT_ZH)).append("，").append(pick(FUTURE_ZH)).append("。");
                    e.append("Next, the ").append(dept.shortEn).append(" will ").append(pick(ACT_EN)).append(" and ")
                            .append(pick(ACT_EN)).append(", ").append(pick(FUTURE_EN)).append(". ");
                }
                default -> { }
            }
            int inline = 1;
            while (style != Style.OPENING && p.length() < max) {
                String s = style == Style.INLINE
                        ? (inline <= 9 ? ZH_NUM[inline++] + "是" : "") + pick(ACT_ZH) + "，" + result() + "。"
                        : sentenceZh();
                if (p.length() + s.length() > max) {
                    if (p.length() >= max * 0.6) {
                        break;
                    }
                    s = s.substring(0, Math.max(1, max - p.length() - 1)) + "。";
                }
                p.append(s);
            }
            if (p.length() > max) {
                p.setLength(Math.max(1, max - 1));
                p.append("。");
            }
            // Headings, salutation and closing run longer in English than the ratio; paragraphs make up for it,
            // so that the whole body comes near the ratio.
            double excess = en.length() - zh.length() * ratio + closingExcess;
            int enTarget = (int) Math.max(p.length() * 0.5, p.length() * ratio - excess);
            int inlineEn = 1;
            while (style != Style.OPENING && e.length() < enTarget) {
                String s = style == Style.INLINE && inlineEn <= 9
                        ? EN_ORD[inlineEn++] + ", it moved to " + pick(ACT_EN) + ", " + resultEn() + ". "
                        : sentenceEn();
                if (e.length() > 0 && e.length() + s.length() - enTarget > enTarget - e.length()) {
                    break; // stopping short is nearer the target than running over
                }
                e.append(s);
            }
            block(p.toString(), e.toString().strip());
        }

        private void quote(int length) {
            StringBuilder p = new StringBuilder("> 《建议》提出，");
            while (p.length() < length) {
                p.append(pick(DEMAND_ZH)).append(rng.nextBoolean() ? "；" : "，");
            }
            p.setLength(p.length() - 1);
            p.append("。");
            StringBuilder e = new StringBuilder("> The Proposal suggests ");
            int enTarget = (int) (p.length() * ratio);
            while (e.length() < enTarget) {
                String demand = pick(DEMAND_EN);
                if (e.length() + demand.length() - enTarget > enTarget - e.length()) {
                    break;
                }
                e.append(demand).append("; ");
            }
            e.setLength(e.length() - 2);
            e.append(".");
            block(p.toString(), e.toString());
        }

        private void table() {
            int rows = 3 + rng.nextInt(4);
            int first = m.year - rows;
            StringBuilder t = new StringBuilder("| 年份 | 支持项目（项） | 财政资金（万元） | 带动投资（亿元） |\n| --- | --- | --- | --- |");
            StringBuilder e = new StringBuilder(
                    "| Year | Projects supported | Fiscal funds (10,000 yuan) | Investment leveraged (100 million yuan) |\n"
                            + "| --- | --- | --- | --- |");
            for (int r = 0; r < rows; r++) {
                String row = String.format(Locale.ROOT, "\n| %d | %d | %d | %.2f |", first + r, 20 + rng.nextInt(400),
                        500 + rng.nextInt(30_000), rng.nextDouble() * 50);
                t.append(row);
                e.append(row);
            }
            block(t.toString(), e.toString());
        }

        private String sentenceZh() {
            return switch (rng.nextInt(6)) {
                case 0 -> pick(CONTEXT_ZH) + "，" + pick(ACT_ZH) + "，" + pick(ACT_ZH) + "，" + result() + "。";
                case 1 -> pick(ACT_ZH) + "，" + result() + "，" + pick(EFFECT_ZH) + "。";
                case 2 -> year() + "年，会同" + pick(PARTNER_ZH) + "等部门" + pick(ACT_ZH) + "，" + result() + "，"
                        + result() + "。";
                case 3 -> "截至" + year() + "年底，" + result() + "，" + pick(EFFECT_ZH) + "。";
                case 4 -> "同时，" + pick(ACT_ZH) + "，" + pick(EFFECT_ZH) + "。";
                default -> pick(CONTEXT_ZH) + "，" + pick(ACT_ZH) + "，" + pick(EFFECT_ZH) + "。";
            };
        }

        private String sentenceEn() {
            return switch (rng.nextInt(6)) {
                case 0 -> pick(CONTEXT_EN) + ", the Department worked to " + pick(ACT_EN) + " and " + pick(ACT_EN)
                        + ", " + resultEn() + ". ";
                case 1 -> "It moved to " + pick(ACT_EN) + ", " + resultEn() + ", " + pick(EFFECT_EN) + ". ";
                case 2 -> "In " + year() + ", together with the " + pick(PARTNER_EN) + " and other departments, it"
                        + " helped " + pick(ACT_EN) + ", " + resultEn() + " and " + resultEn() + ". ";
                case 3 -> "By the end of " + year() + ", it had made progress, " + resultEn() + ", "
                        + pick(EFFECT_EN) + ". ";
                case 4 -> "At the same time, it sought to " + pick(ACT_EN) + ", " + pick(EFFECT_EN) + ". ";
                default -> pick(CONTEXT_EN) + ", it set out to " + pick(ACT_EN) + ", " + pick(EFFECT_EN) + ". ";
            };
        }

        private String result() {
            return switch (rng.nextInt(10)) {
                case 0 -> "累计投入资金" + money() + "亿元";
                case 1 -> "共支持项目" + (10 + rng.nextInt(900)) + "项";
                case 2 -> "同比增长" + percent() + "%";
                case 3 -> "惠及企业" + (100 + rng.nextInt(6000)) + "户（次）";
                case 4 -> "全省有效期内高新技术企业达到" + (2000 + rng.nextInt(2000)) + "户";
                case 5 -> "带动社会资本投资" + money() + "亿元";
                case 6 -> "新认定省级“专精特新”中小企业" + (50 + rng.nextInt(500)) + "户";
                case 7 -> "完成科技型中小企业评价入库" + (300 + rng.nextInt(2000)) + "户";
                case 8 -> "技术合同成交额" + money() + "亿元";
                default -> "位居全国第" + (3 + rng.nextInt(25)) + "位";
            };
        }

        private String resultEn() {
            return switch (rng.nextInt(10)) {
                case 0 -> "with a cumulative investment of " + money() + " hundred million yuan";
                case 1 -> "supporting " + (10 + rng.nextInt(900)) + " projects";
                case 2 -> "an increase of " + percent() + "% year on year";
                case 3 -> "benefiting " + (100 + rng.nextInt(6000)) + " enterprises";
                case 4 -> "bringing the number of valid high-tech enterprises to " + (2000 + rng.nextInt(2000));
                case 5 -> "leveraging " + money() + " hundred million yuan of social capital";
                case 6 -> "with " + (50 + rng.nextInt(500)) + " newly recognised \"specialised, refined, distinctive and"
                        + " innovative\" SMEs";
                case 7 -> "entering " + (300 + rng.nextInt(2000)) + " technology-based SMEs in the database";
                case 8 -> "with technology contracts worth " + money() + " hundred million yuan";
                default -> "ranking " + (3 + rng.nextInt(25)) + "th in the country";
            };
        }

        private String money() {
            return String.format(Locale.ROOT, "%.2f", 0.5 + rng.nextDouble() * 200);
        }

        private String percent() {
            return String.format(Locale.ROOT, "%.1f", 1 + rng.nextDouble() * 60);
        }

        private int year() {
            return m.year - 1 - rng.nextInt(3);
        }

        private String pick(String[] pool) {
            return pool[rng.nextInt(pool.length)];
        }

        private void block(String zhText, String enText) {
            if (zh.length() > 0) {
                zh.append("\n\n");
                en.append("\n\n");
            }
            zh.append(zhText);
            en.append(enText);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Phrase pools, after the seeds

    private static final String[] SUGGESTION_ZH = {"加快推进%s发展", "完善%s政策体系", "加大%s支持力度", "优化%s服务保障",
            "建立健全%s工作机制", "强化%s要素支撑"};
    private static final String[] SUGGESTION_EN = {"Accelerate the Development of %s", "Improve the Policy System for %s",
            "Step Up Support for %s", "Optimise Services for %s", "Establish and Improve Working Mechanisms for %s",
            "Strengthen the Factor Support for %s"};

    private static final String[] OPENING_ZH = {"始终高度重视", "认真贯彻落实省委、省政府关于", "坚持把创新作为引领发展的第一动力，积极推进",
            "紧紧围绕全省发展战略，扎实开展", "立足部门职能，持续加强"};
    private static final String[] OPENING_EN = {" has always attached great importance to ",
            " has conscientiously implemented the decisions of the Provincial Party Committee and Government on ",
            " treats innovation as the primary driving force of development and actively promotes ",
            " has kept close to the province's development strategy in its work on ",
            " has, within its remit, continuously strengthened its work on "};

    private static final String[] CONTEXT_ZH = {"为深入实施创新驱动发展战略", "为贯彻落实省委、省政府决策部署",
            "围绕“一主六双”高质量发展战略", "按照《吉林省科技创新“十四五”规划》部署", "为加快推进创新型省份建设", "立足科教大省资源优势",
            "聚焦“六新产业”发展和“四新设施”建设", "针对企业创新发展中的突出问题", "结合我省产业发展实际", "为进一步激发科技人才创新活力",
            "根据《中华人民共和国促进科技成果转化法》等有关法律法规", "在省委、省政府的坚强领导下"};
    private static final String[] CONTEXT_EN = {"To implement the innovation-driven development strategy in depth",
            "To carry out the decisions of the Provincial Party Committee and the Provincial Government",
            "Centred on the \"One Main, Six Pairs\" high-quality development strategy",
            "As laid down in the 14th Five-Year Plan for Science and Technology Innovation of Jilin Province",
            "To accelerate the building of an innovative province",
            "Building on the province's strengths in science and education",
            "Focusing on the six new industries and the four types of new infrastructure",
            "Addressing the prominent problems enterprises face in innovation",
            "In the light of the province's industrial development",
            "To further stimulate the creativity of scientific and technological talent",
            "Under the Law of the People's Republic of China on Promoting the Transformation of Scientific and"
                    + " Technological Achievements and other laws and regulations",
            "Under the firm leadership of the Provincial Party Committee and the Provincial Government"};

    private static final String[] ACT_ZH = {"制定出台了《吉林省企业R&D投入引导计划实施办法》（吉科发人才〔2021〕200号）",
            "组织实施科技型中小微企业“破茧成蝶”专项行动", "建立企业+孵化器+金融机构+管理部门“四位一体”扶持培育体系",
            "推动科技成果转化“双千工程”落地见效", "设立省自然科学基金企业联合基金", "支持企业牵头申报或产学研合作申报省科技发展计划项目",
            "完善科技企业孵化器考核评价机制", "鼓励高校院所科技人才到企业担任“科创专员”", "推进国家技术转移东北中心（吉林省科技大市场）建设",
            "加强与吉林银行、中国银行吉林省分行的战略合作", "开展科技金融路演活动", "强化知识产权创造、保护和运用",
            "深化项目评审、人才评价、机构评估改革", "实施“揭榜挂帅”项目管理制度", "建立以诚信为底线的科技创新容错免责机制",
            "推动大型科研仪器开放共享", "组织开展高新技术企业认定工作", "引导企业加大研发投入强度", "落实研发费用加计扣除等税收优惠政策",
            "健全“入孵初创型企业—科技型中小企业—高新技术企业”梯度培育体系", "搭建政银企对接平台", "加快“专精特新”中小企业培育",
            "推动创新平台提质增效", "支持建设省级重点实验室和科技创新中心", "落实“免申即享”惠企政策",
            "开展“百名校长访千企”访企拓岗专项行动", "实施青年科技人才培育计划", "在长三角、珠三角等人才密集区域设立“吉人回乡”工作站",
            "推进现代产业学院建设", "完善科技成果评价机制", "加强基础研究和应用基础研究", "推动产学研用深度融合"};
    private static final String[] ACT_EN = {
            "implement the Measures for the Jilin Province Enterprise R&D Investment Guidance Plan",
            "carry out the \"Chrysalis to Butterfly\" programme for technology-based small, medium and micro enterprises",
            "build a \"four-in-one\" support system of enterprises, incubators, financial institutions and authorities",
            "make the \"Double Thousand Project\" for technology transfer deliver results",
            "set up an enterprise joint fund within the Provincial Natural Science Foundation",
            "support enterprises in leading applications for projects of the Provincial Science and Technology"
                    + " Development Plan",
            "improve the evaluation of technology business incubators",
            "encourage researchers of universities and institutes to serve enterprises as innovation commissioners",
            "build the Northeast Technology Transfer Centre (Jilin Science and Technology Market)",
            "deepen strategic cooperation with Bank of Jilin and the Jilin branch of Bank of China",
            "hold science and technology finance roadshows",
            "strengthen the creation, protection and use of intellectual property",
            "reform project review, talent evaluation and institutional assessment",
            "apply the \"open competition\" mechanism to key projects",
            "establish a fault-tolerance mechanism for innovation based on integrity",
            "open large research instruments for shared use",
            "organise the recognition of high-tech enterprises",
            "guide enterprises to raise the intensity of their R&D investment",
            "apply tax incentives such as the additional deduction of R&D expenses",
            "improve the tiered cultivation of start-ups, technology-based SMEs and high-tech enterprises",
            "build platforms that connect government, banks and enterprises",
            "speed up the cultivation of \"specialised, refined, distinctive and innovative\" SMEs",
            "raise the quality and efficiency of innovation platforms",
            "support provincial key laboratories and science and technology innovation centres",
            "apply policies that benefit enterprises without application",
            "organise visits of university presidents to enterprises to open up jobs",
            "carry out the plan for cultivating young scientific talent",
            "set up workstations that bring Jilin talent home in the Yangtze and Pearl River deltas",
            "build modern industrial colleges",
            "improve the evaluation of scientific and technological achievements",
            "strengthen basic and applied basic research",
            "deepen the integration of industry, universities, research and application"};

    private static final String[] EFFECT_ZH = {"进一步激发了企业创新活力", "有效提升了企业自主创新能力", "为科技自立自强奠定了基础",
            "促进了科技与经济深度融合", "营造了良好的创新创业生态", "企业创新主体地位不断提升", "为全省高质量发展提供了有力支撑",
            "有效推动了科技成果就地转化", "人才集聚效应逐步显现"};
    private static final String[] EFFECT_EN = {"which further stimulated the innovative vitality of enterprises",
            "which effectively raised the independent innovation capacity of enterprises",
            "laying a foundation for self-reliance in science and technology",
            "which promoted the integration of science and technology with the economy",
            "creating a sound ecosystem for innovation and entrepreneurship",
            "so that enterprises increasingly lead innovation",
            "which gave strong support to the high-quality development of the province",
            "which effectively promoted the local transformation of achievements",
            "so that talent has begun to gather"};

    private static final String[] FUTURE_ZH = {"为实现高水平科技自立自强提供有力支撑", "助力全省经济社会高质量发展",
            "不断提升服务质效", "推动各项政策举措尽快落地生效"};
    private static final String[] FUTURE_EN = {"so as to give strong support to self-reliance in science and technology",
            "helping the high-quality development of the province's economy and society",
            "continuously improving the quality and efficiency of its services",
            "so that the policies and measures take effect as soon as possible"};

    private static final String[] PARTNER_ZH = {"省财政厅", "省税务局", "省统计局", "省发改委", "省教育厅", "省人社厅"};
    private static final String[] PARTNER_EN = {"Finance Department", "Provincial Tax Service", "Statistics Bureau",
            "Development and Reform Commission", "Education Department", "Human Resources and Social Security Department"};

    private static final String[] DEMAND_ZH = {"制定出台民营科技企业认定标准", "建立“常年受理、定期评审、科学论证、分批下达”的认定机制",
            "设立应用科学专项基金和应用科学转化官方信息平台", "建立民营科技企业融资条件“双盲审”制度", "支持各级高校、科研院所优化教学和培养方案",
            "充分发挥政府投资的杠杆作用", "成立创业投资引导基金", "推动“容错纠错”机制落实落地", "加强产学研深度融合",
            "完善科研成果评价机制", "加大对青年科技人才的倾斜力度", "各级政府要加大财政科技经费投入强度", "引导企业建立研发机构"};
    private static final String[] DEMAND_EN = {"formulating recognition criteria for private technology enterprises",
            "establishing a recognition mechanism of year-round acceptance and periodic review",
            "setting up a special fund and an official platform for applied science",
            "introducing double-blind review of the financing conditions of private technology enterprises",
            "supporting universities and institutes in optimising their teaching and training programmes",
            "giving full play to the leverage of government investment",
            "setting up a venture capital guidance fund",
            "putting the mechanism for tolerating and correcting errors into practice",
            "deepening the integration of industry, universities and research",
            "improving the evaluation of research results",
            "giving more support to young scientific talent",
            "raising fiscal spending on science and technology at every level of government",
            "guiding enterprises to set up R&D institutions"};
}
