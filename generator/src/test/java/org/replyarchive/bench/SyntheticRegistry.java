package org.replyarchive.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The registries, glossary, site settings and free pages of a synthetic archive, sized by its
 * {@link ArchiveProfile}: the realistic profile's are hand-written after the seeds (10 sessions over 2020–2025,
 * 40 proposers, 15 departments, 20 topics); a larger profile takes more sessions and departments from longer
 * hand-written lists, topics as regional variants of the base ones, and proposers made of common names.
 */
final class SyntheticRegistry {

    final List<SessionDef> sessions;
    final List<Dept> departments;
    final List<Prop> proposers;
    final List<TopicDef> topics;

    private SyntheticRegistry(List<SessionDef> sessions, List<Dept> departments, List<Prop> proposers,
            List<TopicDef> topics) {
        this.sessions = sessions;
        this.departments = departments;
        this.proposers = proposers;
        this.topics = topics;
    }

    static SyntheticRegistry of(ArchiveProfile profile) {
        List<Prop> proposers = new ArrayList<>(BASE_PROPOSERS);
        proposers.addAll(generatedProposers(profile.proposers() - BASE_PROPOSERS.size()));
        List<TopicDef> topics = new ArrayList<>(BASE_TOPICS);
        topics.addAll(regionalTopics());
        return new SyntheticRegistry(
                first(profile.sessions(), BASE_SESSIONS, EXTRA_SESSIONS, "sessions"),
                first(profile.departments(), BASE_DEPARTMENTS, EXTRA_DEPARTMENTS, "departments"),
                first(profile.proposers(), proposers, List.of(), "proposers"),
                first(profile.topics(), topics, List.of(), "topics"));
    }

    /** The first {@code n} of the base entries followed by the extra ones. */
    private static <T> List<T> first(int n, List<T> base, List<T> extra, String what) {
        List<T> all = Stream.concat(base.stream(), extra.stream()).toList();
        if (n < 1 || n > all.size()) {
            throw new IllegalArgumentException("a profile may have 1 to " + all.size() + " " + what + ", not " + n);
        }
        return List.copyOf(all.subList(0, n));
    }

    /** Every file but the replies, by path in the content folder. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.yaml", SITE);
        files.put("registry/sessions.yaml", sessionsYaml());
        files.put("registry/departments.yaml", departmentsYaml());
        files.put("registry/proposers.yaml", proposersYaml());
        files.put("registry/topics.yaml", topicsYaml());
        files.put("glossary.yaml", GLOSSARY);
        files.put("pages/about.zh.md", ABOUT_ZH);
        files.put("pages/about.en.md", ABOUT_EN);
        return files;
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A session of the provincial CPPCC committee or people's congress; {@code weight}: its share of replies. */
    record SessionDef(String key, String body, int term, int meeting, int year, int weight) {}

    private static final List<SessionDef> BASE_SESSIONS = List.of(
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

    /** The stress archive's earlier sessions: with the base ones, 18 sessions over the 12 years 2014–2025. */
    private static final List<SessionDef> EXTRA_SESSIONS = List.of(
            new SessionDef("cppcc-11-2", "cppcc", 11, 2, 2014, 5),
            new SessionDef("cppcc-11-3", "cppcc", 11, 3, 2015, 5),
            new SessionDef("cppcc-11-4", "cppcc", 11, 4, 2016, 6),
            new SessionDef("cppcc-11-5", "cppcc", 11, 5, 2017, 6),
            new SessionDef("cppcc-12-1", "cppcc", 12, 1, 2018, 7),
            new SessionDef("cppcc-12-2", "cppcc", 12, 2, 2019, 7),
            new SessionDef("npc-13-2", "npc", 13, 2, 2019, 6),
            new SessionDef("npc-13-3", "npc", 13, 3, 2020, 7));

    static final String[] ZH_NUM = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    static final String[] EN_ORD = {"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
            "Eighth", "Ninth", "Tenth"};
    static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    static String zhNumber(int n) {
        return n <= 10 ? ZH_NUM[n] : n < 20 ? "十" + ZH_NUM[n - 10] : ZH_NUM[n / 10] + "十" + (n % 10 == 0 ? "" : ZH_NUM[n % 10]);
    }

    static String sessionZh(SessionDef s) {
        return s.body.equals("cppcc")
                ? "省政协" + zhNumber(s.term) + "届" + ZH_NUM[s.meeting] + "次会议"
                : "省" + zhNumber(s.term) + "届人大" + ZH_NUM[s.meeting] + "次会议";
    }

    static String sessionEn(SessionDef s) {
        return s.body.equals("cppcc")
                ? EN_ORD[s.meeting] + " Session of the " + s.term + "th Jilin Provincial Committee of the CPPCC"
                : EN_ORD[s.meeting] + " Session of the " + s.term + "th Jilin Provincial People's Congress";
    }

    private String sessionsYaml() {
        StringBuilder y = new StringBuilder();
        for (SessionDef s : sessions) {
            y.append(s.key).append(":\n  body: ").append(s.body).append("\n  term: ").append(s.term)
                    .append("\n  meeting: ").append(s.meeting).append("\n  year: ").append(s.year)
                    .append("\n  name: {zh: ").append(sessionZh(s)).append(", en: ").append(quote(sessionEn(s)))
                    .append("}\n\n");
        }
        return y.toString();
    }

    /** A department that handles proposals, as the lead (主办) or a co-handler (协办). */
    record Dept(String key, String zh, String en, String shortZh, String shortEn) {}

    private static final List<Dept> BASE_DEPARTMENTS = List.of(
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

    private static final List<Dept> EXTRA_DEPARTMENTS = List.of(
            new Dept("jl-gat", "吉林省公安厅", "Public Security Department of Jilin Province", "省公安厅",
                    "Public Security Department"),
            new Dept("jl-mzt", "吉林省民政厅", "Department of Civil Affairs of Jilin Province", "省民政厅",
                    "Civil Affairs Department"),
            new Dept("jl-sft", "吉林省司法厅", "Department of Justice of Jilin Province", "省司法厅", "Justice Department"),
            new Dept("jl-zjt", "吉林省住房和城乡建设厅", "Department of Housing and Urban-Rural Development of Jilin Province",
                    "省住房城乡建设厅", "Housing and Urban-Rural Development Department"),
            new Dept("jl-jtt", "吉林省交通运输厅", "Department of Transport of Jilin Province", "省交通运输厅",
                    "Transport Department"),
            new Dept("jl-slt", "吉林省水利厅", "Department of Water Resources of Jilin Province", "省水利厅",
                    "Water Resources Department"),
            new Dept("jl-wlt", "吉林省文化和旅游厅", "Department of Culture and Tourism of Jilin Province", "省文化和旅游厅",
                    "Culture and Tourism Department"),
            new Dept("jl-yjt", "吉林省应急管理厅", "Department of Emergency Management of Jilin Province", "省应急管理厅",
                    "Emergency Management Department"),
            new Dept("jl-sjt", "吉林省审计厅", "Audit Office of Jilin Province", "省审计厅", "Audit Office"),
            new Dept("jl-gzw", "吉林省人民政府国有资产监督管理委员会",
                    "State-owned Assets Supervision and Administration Commission of Jilin Province", "省国资委",
                    "State-owned Assets Commission"),
            new Dept("jl-lcj", "吉林省林业和草原局", "Forestry and Grassland Bureau of Jilin Province", "省林草局",
                    "Forestry and Grassland Bureau"),
            new Dept("jl-ybj", "吉林省医疗保障局", "Healthcare Security Administration of Jilin Province", "省医保局",
                    "Healthcare Security Administration"),
            new Dept("jl-lsj", "吉林省粮食和物资储备局", "Grain and Material Reserves Bureau of Jilin Province",
                    "省粮食和物资储备局", "Grain and Reserves Bureau"),
            new Dept("jl-nyj", "吉林省能源局", "Energy Bureau of Jilin Province", "省能源局", "Energy Bureau"),
            new Dept("jl-zscqj", "吉林省知识产权局", "Intellectual Property Office of Jilin Province", "省知识产权局",
                    "Intellectual Property Office"));

    private String departmentsYaml() {
        StringBuilder y = new StringBuilder();
        for (Dept d : departments) {
            y.append(d.key).append(":\n  name: {zh: ").append(d.zh).append(", en: ").append(quote(d.en))
                    .append("}\n  short: {zh: ").append(d.shortZh).append(", en: ").append(quote(d.shortEn))
                    .append("}\n  aliases: [").append(d.shortZh.substring(1)).append("]\n\n");
        }
        return y.toString();
    }

    /** A proposer; {@code salutationZh/En} is how a reply addresses it. */
    record Prop(String key, String kind, String zh, String en, String salutationZh, String salutationEn) {}

    private static final List<Prop> BASE_PROPOSERS = baseProposers();

    private static List<Prop> baseProposers() {
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

    List<Prop> proposersOfKind(String kind) {
        return proposers.stream().filter(p -> p.kind.equals(kind)).toList();
    }

    private String proposersYaml() {
        StringBuilder y = new StringBuilder();
        for (Prop p : proposers) {
            y.append(p.key).append(":\n  kind: ").append(p.kind).append("\n  name: {zh: ").append(p.zh)
                    .append(", en: ").append(quote(p.en)).append("}\n  aliases: [").append(p.salutationZh)
                    .append("]\n\n");
        }
        return y.toString();
    }

    /** A topic; {@code en} in lower case, as it reads inside a sentence. */
    record TopicDef(String key, String zh, String en) {}

    private static final List<TopicDef> BASE_TOPICS = List.of(
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

    private String topicsYaml() {
        StringBuilder y = new StringBuilder();
        for (TopicDef t : topics) {
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

    /** The keys of {@link #GLOSSARY}, as a YAML list's items. */
    static final String GLOSSARY_KEYS = "yi-zhu-liu-shuang, liu-xin-chanye, si-xin-sheshi, po-jian-cheng-die,"
            + " jie-bang-gua-shuai, zhuan-jing-te-xin, ke-chuang-zhuan-yuan, shuang-qian-gong-cheng";

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
    // Larger registries

    private static final String[][] SURNAMES = {{"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"},
            {"陈", "Chen"}, {"杨", "Yang"}, {"赵", "Zhao"}, {"黄", "Huang"}, {"周", "Zhou"}, {"吴", "Wu"}, {"徐", "Xu"},
            {"孙", "Sun"}, {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"高", "Gao"},
            {"林", "Lin"}, {"罗", "Luo"}, {"郑", "Zheng"}, {"梁", "Liang"}, {"谢", "Xie"}, {"宋", "Song"},
            {"唐", "Tang"}, {"韩", "Han"}, {"冯", "Feng"}, {"邓", "Deng"}, {"曹", "Cao"}, {"彭", "Peng"},
            {"曾", "Zeng"}, {"于", "Yu"}, {"董", "Dong"}, {"袁", "Yuan"}, {"姜", "Jiang"}};
    private static final String[][] GIVEN_NAMES = {{"建华", "Jianhua"}, {"国平", "Guoping"}, {"海燕", "Haiyan"},
            {"志刚", "Zhigang"}, {"秀兰", "Xiulan"}, {"明辉", "Minghui"}, {"晓光", "Xiaoguang"}, {"丽娟", "Lijuan"},
            {"文涛", "Wentao"}, {"春梅", "Chunmei"}, {"振东", "Zhendong"}, {"玉洁", "Yujie"}, {"德胜", "Desheng"},
            {"雪梅", "Xuemei"}, {"立军", "Lijun"}, {"红霞", "Hongxia"}, {"永福", "Yongfu"}, {"淑华", "Shuhua"},
            {"俊杰", "Junjie"}, {"桂英", "Guiying"}, {"宏亮", "Hongliang"}, {"艳玲", "Yanling"}, {"长春", "Changchun"},
            {"金凤", "Jinfeng"}};

    /**
     * {@code n} more individual proposers, three members to one deputy, with names drawn from common surnames and
     * given names in a fixed order, so that a profile always has the same registry whatever the archive's seed.
     */
    private static List<Prop> generatedProposers(int n) {
        List<String[]> names = new ArrayList<>();
        for (String[] surname : SURNAMES) {
            for (String[] given : GIVEN_NAMES) {
                names.add(new String[] {surname[0] + given[0], surname[1] + " " + given[1]});
            }
        }
        Collections.shuffle(names, new Random(400));
        Set<String> taken = new HashSet<>();
        for (Prop p : BASE_PROPOSERS) {
            taken.add(p.zh);
            taken.add(p.en);
        }
        List<Prop> list = new ArrayList<>();
        for (String[] name : names) {
            if (list.size() >= n) {
                break;
            }
            if (!taken.add(name[0]) || !taken.add(name[1])) {
                continue; // 徐 and 许 would both be Xu: one of each name, in either script
            }
            list.add(list.size() % 4 == 3
                    ? new Prop("deputy-" + pinyinKey(name[1]), "deputy", name[0], name[1], name[0] + "代表",
                            "Deputy " + name[1])
                    : new Prop(pinyinKey(name[1]), "member", name[0], name[1], name[0] + "委员", "Member " + name[1]));
        }
        return list;
    }

    /** Each base topic again in the countryside and again in the Northeast: 40 more. */
    private static List<TopicDef> regionalTopics() {
        List<TopicDef> list = new ArrayList<>();
        for (TopicDef t : BASE_TOPICS) {
            list.add(new TopicDef(t.key + "-rural", "乡村" + t.zh, t.en + " in rural areas"));
        }
        for (TopicDef t : BASE_TOPICS) {
            list.add(new TopicDef(t.key + "-northeast", "东北" + t.zh, t.en + " in Northeast China"));
        }
        return list;
    }
}
