package org.replyarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random documents for tests of the index: Chinese from a small pool of characters (so bigrams repeat as in
 * real text), English words with plurals and -ing forms, digits, a character outside the BMP, document
 * numbers, and the block offsets a page would give.
 */
final class RandomDocuments {

    static final String HAN = "科技人才创新发展企业金融支持平台建设破茧成蝶省政府关于答复建议工作推进服务体系政策资金项目";
    static final String[] WORDS = {"talent", "talents", "policy", "policies", "support", "supporting", "enterprise",
        "class", "classes", "innovation", "fund", "funded", "Reply", "SMEs", "2023", "R&D", "Straße", "ÉCOLE"};

    private final Random random;

    RandomDocuments(long seed) {
        this.random = new Random(seed);
    }

    DocumentMeta meta(int id) {
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(id * 3L + random.nextInt(3));
        String session = "s" + random.nextInt(4);
        String kind = random.nextBoolean() ? "member" : "party-group";
        return new DocumentMeta("zh/replies/" + date.getYear() + "/r" + id + "/", "答复" + id, null, date,
                date.toString(), session, "会议" + session, kind, "类" + kind, "提案人" + random.nextInt(9));
    }

    DocumentText text(int blocks, int blockChars) {
        List<String> texts = new ArrayList<>();
        int[] offsets = new int[blocks + 1];
        offsets[0] = 1000 + random.nextInt(100);
        for (int b = 0; b < blocks; b++) {
            String t = paragraph(1 + random.nextInt(blockChars));
            texts.add(t);
            offsets[b + 1] = offsets[b] + t.length() * 3 + 7;
        }
        return new DocumentText(paragraph(12) + "\n" + paragraph(10), "李秀玉 Li Xiuyu\n吉科发人才〔2023〕"
                + random.nextInt(50) + "号", SearchTokenizer.docNumberTokens("吉科发人才〔2023〕" + random.nextInt(50) + "号"),
                texts, blocks == 0 ? new int[0] : offsets);
    }

    String paragraph(int chars) {
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            int r = random.nextInt(20);
            if (r < 14) {
                text.append(HAN.charAt(random.nextInt(HAN.length())));
            } else if (r < 17) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            } else if (r < 18) {
                text.append("，");
            } else if (r < 19) {
                text.append("𠀀");
            } else {
                text.append(random.nextInt(100));
            }
        }
        return text.toString();
    }
}
