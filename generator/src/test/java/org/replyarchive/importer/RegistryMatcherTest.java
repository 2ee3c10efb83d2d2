package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyarchive.content.RegistryReader;
import org.replyarchive.model.Body;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;

/** Matching against the archive's real registries. */
class RegistryMatcherTest {

    private final RegistryMatcher matcher =
            new RegistryMatcher(RegistryReader.read(ImportFixtures.REPOSITORY_CONTENT));

    @Test
    void sessionsMatchByBodyTermAndMeeting() {
        assertEquals(Optional.of("cppcc-13-2"),
                matcher.session(new SessionMention(Body.CPPCC, 13, 2)).map(Session::key));
        assertEquals(Optional.empty(), matcher.session(new SessionMention(Body.NPC, 13, 2)));
        assertEquals("省十四届人大一次会议", new SessionMention(Body.NPC, 14, 1).chineseName());
        assertEquals("省政协十二届五次会议", new SessionMention(Body.CPPCC, 12, 5).chineseName());
    }

    @Test
    void proposersMatchByNameOrAliasWithOrWithoutTheirTitle() {
        assertEquals(List.of(Optional.of("li-xiuyu"), Optional.of("cong-yanhui"), Optional.empty()),
                matcher.proposers("李秀玉委员、丛艳辉、王小明委员").stream()
                        .map(n -> n.entry().map(Proposer::key)).toList());
        assertEquals(Optional.of("caapd-jilin"), matcher.proposers("民进省委会").get(0).entry().map(Proposer::key));
    }

    @Test
    void departmentsMatchByFullShortOrOtherName() {
        for (String name : List.of("吉林省教育厅", "省教育厅", "教育厅", "教育厅等")) {
            assertEquals(Optional.of("jl-jyt"), matcher.department(name).map(Department::key), name);
        }
        assertEquals(Optional.empty(), matcher.department("省卫健委"));
    }

    @Test
    void theDepartmentOpeningAParagraphIsFoundByItsLongestName() {
        assertEquals(Optional.of("jl-scjgt"), matcher.departmentOpening("省市场监督管理厅为助力民营科技企业")
                .flatMap(RegistryMatcher.Named::entry).map(Department::key));
        RegistryMatcher.Named<Department> unknown = matcher.departmentOpening("省卫健委支持医药企业").orElseThrow();
        assertEquals("省卫健委", unknown.text());
        assertEquals(Optional.empty(), unknown.entry());
        assertEquals(Optional.empty(), matcher.departmentOpening("省级科技创新中心建设"));
        assertEquals(Optional.empty(), matcher.departmentOpening("关于人才"));
    }
}
