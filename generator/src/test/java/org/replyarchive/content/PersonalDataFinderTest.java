package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataFinderTest {

    private final PersonalDataFinder finder = new PersonalDataFinder(Set.of("0431-88888888", "kjt@jl.gov.cn"));

    private List<String> kinds(String line) {
        return finder.find(line).stream().map(f -> f.column() + " " + f.kind() + " " + f.text()).toList();
    }

    @Test
    void findsEachKindAtItsColumn() {
        assertEquals(List.of("4 a mobile phone number 13912345678"), kinds("联系电话13912345678。"));
        assertEquals(List.of("3 a mobile phone number +86 139-1234-5678"), kinds("手机：+86 139-1234-5678"));
        assertEquals(List.of("2 a telephone number 0431-85678901"), kinds("电话0431-85678901，"));
        assertEquals(List.of("0 a telephone number （0431）85678901"), kinds("（0431）85678901"));
        assertEquals(List.of("3 an e-mail address li.xiuyu@example.com"), kinds("邮箱：li.xiuyu@example.com。"));
        assertEquals(List.of("5 a resident identity card number 11010519491231002X"),
                kinds("身份证号：11010519491231002X"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "吉科发人才〔2023〕91号", "2023年5月17日", "投入资金12345678901元", "共13912345678万元", "第2023D51号提案",
        "电话0431-88888888（办公室）", "kjt@jl.gov.cn", "110105194912310021", "项目编号2023139123456789",
        "2022年至2024年，15个市（州）", "邮编130000", "1.3912345678", "统一社会信用代码91220000123456789X"})
    void passesOverNumbersThatAreNoPersonsContact(String line) {
        assertEquals(List.of(), kinds(line), line);
    }

    @Test
    void anIdCardNumberCountsOnlyWithItsCheckDigitRight() {
        assertTrue(PersonalDataFinder.checksumOk("11010519491231002X"));
        assertEquals(false, PersonalDataFinder.checksumOk("110105194912310021"));
    }

    @Test
    void aFindingIsMaskedInMessages() {
        assertEquals("139******78", PersonalDataFinder.masked("13912345678"));
    }
}
