package org.replyarchive.bench;

import static org.replyarchive.bench.SyntheticArchive.proposalTitleEn;
import static org.replyarchive.bench.SyntheticArchive.proposalTitleZh;
import static org.replyarchive.bench.SyntheticArchive.titleCase;
import static org.replyarchive.bench.SyntheticRegistry.EN_ORD;
import static org.replyarchive.bench.SyntheticRegistry.ROMAN;
import static org.replyarchive.bench.SyntheticRegistry.ZH_NUM;
import static org.replyarchive.bench.SyntheticRegistry.sessionEn;
import static org.replyarchive.bench.SyntheticRegistry.sessionZh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.replyarchive.bench.SyntheticArchive.Meta;
import org.replyarchive.bench.SyntheticRegistry.Dept;
import org.replyarchive.bench.SyntheticRegistry.Prop;
import org.replyarchive.bench.SyntheticRegistry.TopicDef;

/**
 * The bodies of synthetic replies: Chinese text recombined from a pool of real-looking phrases after the seeds,
 * and its English mirror, block for block, at the profile's length ratio.
 */
final class SyntheticBodies {

    private SyntheticBodies() {}

    /**
     * The characters per word of the English the writer produces, spaces, punctuation and figures included: what
     * turns a ratio of words, as translators count them, into the ratio of characters the writer aims at. It is
     * measured on a few bodies of a fixed sample rather than on the phrase pools, because the sentences around
     * the phrases (connectives, figures, headings) have shorter words than the phrases themselves.
     */
    static double charsPerEnglishWord() {
        ArchiveProfile sample = ArchiveProfile.REALISTIC.withEnglishRatio(4);
        List<Meta> metas = SyntheticArchive.samplePlan(8);
        long chars = 0;
        long words = 0;
        for (Meta m : metas) {
            String en = new BodyWriter(m, new Random(m.index()), sample).write().en();
            chars += en.length();
            words += SyntheticArchive.words(en);
        }
        return (double) chars / words;
    }

    /** A reply's two bodies. */
    record Texts(String zh, String en) {}

    /** A paragraph style of the seeds. */
    private enum Style { OPENING, PLAIN, ORDINAL, INLINE, NUMBERED, NEXT }

    /**
     * Writes one reply's Chinese body within its budget, then the English body block for block. Each Chinese
     * block is recorded as it is written, with its length, so the English can mirror it.
     */
    static final class BodyWriter {
        private final Meta m;
        private final Random rng;
        private final ArchiveProfile profile;
        private final double ratio;
        private final StringBuilder zh = new StringBuilder(16_000);
        private final StringBuilder en = new StringBuilder(24_000);
        private final boolean organisation;
        private final String themeZh;
        private final String themeEn;
        /** How far the closing thanks, written last, will run over the ratio in English. */
        private double closingExcess;

        BodyWriter(Meta m, Random rng, ArchiveProfile profile) {
            this.m = m;
            this.rng = rng;
            this.profile = profile;
            this.ratio = profile.englishRatio();
            this.organisation = !m.proposers().get(0).kind().equals("member") && !m.proposers().get(0).kind().equals("deputy");
            this.themeZh = m.topics().get(0).zh();
            this.themeEn = m.topics().get(0).en();
        }

        Texts write() {
            int target = profile.drawBodyLength(rng);
            // Salutation and opening.
            String salutationZh = String.join("、", m.proposers().stream().map(Prop::salutationZh).toList()) + "：";
            String salutationEn = String.join(", ", m.proposers().stream().map(Prop::salutationEn).toList()) + ":";
            block(salutationZh, salutationEn);
            String you = organisation ? "贵单位" : "您";
            block(you + "在" + sessionZh(m.session()) + "上提出的《" + proposalTitleZh(m) + "》"
                    + (rng.nextBoolean() ? "（以下简称《建议》）" : "") + "收悉，经认真研究办理，现答复如下：",
                    "We have received the \"" + proposalTitleEn(m) + "\" that you submitted at the "
                            + sessionEn(m.session()) + ". Having studied and handled it carefully, we now reply as follows:");
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
                TopicDef topic = m.topics().get((s - 1) % m.topics().size());
                int v = rng.nextInt(SUGGESTION_ZH.length);
                block("## " + ZH_NUM[s] + "、关于“" + String.format(SUGGESTION_ZH[v], topic.zh()) + "”的建议",
                        "## " + ROMAN[s] + ". On the Suggestion to \"" + String.format(SUGGESTION_EN[v], titleCase(topic.en())) + "\"");
                quote(Math.min(120 + rng.nextInt(330), Math.max(40, budget / 5)));
                List<Dept> co = new ArrayList<>(m.co());
                Collections.shuffle(co, rng);
                int depts = 1 + rng.nextInt(Math.min(4, 1 + co.size()));
                boolean headings = depts > 1 || rng.nextInt(10) < 7;
                for (int d = 0; d < depts; d++) {
                    Dept dept = d == 0 ? m.lead() : co.get(d - 1);
                    int deptEnd = d == depts - 1 ? sectionEnd
                            : zh.length() + (sectionEnd - zh.length()) / (depts - d);
                    if (headings) {
                        block("### （" + ZH_NUM[d + 1] + "）" + dept.shortZh(),
                                "### (" + (d + 1) + ") " + dept.shortEn());
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
                    p.append(dept.shortZh()).append(pick(OPENING_ZH)).append(themeZh).append("工作，")
                            .append(pick(ACT_ZH)).append("，主要开展了以下几方面工作：");
                    e.append("The ").append(dept.shortEn()).append(pick(OPENING_EN)).append(themeEn)
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
                    p.append("下一步，").append(dept.shortZh()).append("将").append(pick(ACT_ZH)).append("，")
                            .append(pick(ACT_ZH)).append("，").append(pick(FUTURE_ZH)).append("。");
                    e.append("Next, the ").append(dept.shortEn()).append(" will ").append(pick(ACT_EN)).append(" and ")
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
            int first = m.year() - rows;
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
            return m.year() - 1 - rng.nextInt(3);
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
