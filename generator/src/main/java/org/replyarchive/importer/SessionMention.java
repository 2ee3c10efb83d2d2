package org.replyarchive.importer;

import java.util.Objects;
import org.replyarchive.model.Body;

/**
 * A session as a reply names it ({@code 省政协十三届一次会议}): the body, the term (届) and the meeting (次).
 *
 * @param body the CPPCC committee or the people's congress
 * @param term the term, e.g. 13
 * @param meeting the meeting of that term, e.g. 1
 */
record SessionMention(Body body, int term, int meeting) {

    SessionMention {
        Objects.requireNonNull(body, "body must not be null");
    }

    /** The registry key this session would have: {@code cppcc-13-1}. */
    String key() {
        return body.key() + "-" + term + "-" + meeting;
    }

    /** Its Chinese name, as the registry writes it: {@code 省政协十三届一次会议}, {@code 省十四届人大一次会议}. */
    String chineseName() {
        return body == Body.CPPCC
                ? "省政协" + chinese(term) + "届" + chinese(meeting) + "次会议"
                : "省" + chinese(term) + "届人大" + chinese(meeting) + "次会议";
    }

    private static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
