package org.replyarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.replyarchive.testing.Models.department;
import static org.replyarchive.testing.Models.proposer;
import static org.replyarchive.testing.Models.reply;
import static org.replyarchive.testing.Models.session;
import static org.replyarchive.testing.Models.site;
import static org.replyarchive.testing.Models.topic;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyarchive.config.Language;
import org.replyarchive.model.Department;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Reply;
import org.replyarchive.route.Facet;
import org.replyarchive.testing.Models;

class SiteIndexesTest {

    private static List<String> keys(SiteIndexes indexes, Facet facet, Language language) {
        return indexes.groups(facet, language).stream().map(Group::key).toList();
    }

    private static List<String> slugs(Group group) {
        return group.replies().stream().map(Reply::slug).toList();
    }

    @Test
    void yearsAreNewestFirst() {
        SiteIndexes indexes = SiteIndexes.of(site(List.of(reply("a", "2022-03-01").build(),
                reply("b", "2024-03-01").build(), reply("c", "2023-03-01").build())));

        assertEquals(List.of("2024", "2023", "2022"), keys(indexes, Facet.YEAR, Language.ZH));
    }

    @Test
    void sessionsAreByYearThenTermThenMeetingNewestFirst() {
        SiteIndexes indexes = SiteIndexes.of(site(List.of(
                reply("a", "2023-05-01").session(session("s-2023-13-1", 2023, 13, 1)).build(),
                reply("b", "2024-05-01").session(session("s-2024-13-2", 2024, 13, 2)).build(),
                reply("c", "2023-05-01").session(session("s-2023-14-1", 2023, 14, 1)).build(),
                reply("d", "2023-05-01").session(session("s-2023-14-2", 2023, 14, 2)).build())));

        assertEquals(List.of("s-2024-13-2", "s-2023-14-2", "s-2023-14-1", "s-2023-13-1"),
                keys(indexes, Facet.SESSION, Language.EN));
    }

    @Test
    void namesFollowEachLanguagesCollation() {
        Proposer an = proposer("an", "安", "zoe");
        Proposer li = proposer("li", "李", "apple");
        Proposer wang = proposer("wang", "王", "Banana");
        Proposer zhang = proposer("zhang", "张", "cherry");
        SiteIndexes indexes = SiteIndexes.of(site(List.of(reply("a", "2023-05-01").proposers(zhang, wang).build(),
                reply("b", "2023-05-02").proposers(li, an).build())));

        // Pinyin order (an, li, wang, zhang), not code point order (安 5B89, 张 5F20, 李 674E, 王 738B).
        assertEquals(List.of("an", "li", "wang", "zhang"), keys(indexes, Facet.PROPOSER, Language.ZH));
        // Letters before case: apple, Banana, cherry, zoe (code point order would put Banana first).
        assertEquals(List.of("li", "wang", "zhang", "an"), keys(indexes, Facet.PROPOSER, Language.EN));
    }

    @Test
    void equalNamesAreOrderedByKey() {
        SiteIndexes indexes = SiteIndexes.of(site(List.of(reply("a", "2023-05-01").topics(
                topic("t-b", "人才", "Talent"), topic("t-a", "人才", "Talent")).build())));

        assertEquals(List.of("t-a", "t-b"), keys(indexes, Facet.TOPIC, Language.ZH));
    }

    @Test
    void kindsFollowTheirDeclaredOrder() {
        SiteIndexes indexes = SiteIndexes.of(site(List.of(reply("a", "2023-05-01").kind(ProposalKind.DEPUTY).build(),
                reply("b", "2023-05-02").kind(ProposalKind.PARTY_GROUP).build(),
                reply("c", "2023-05-03").kind(ProposalKind.MEMBER).build())));

        assertEquals(List.of("member", "party-group", "deputy"), keys(indexes, Facet.KIND, Language.EN));
    }

    @Test
    void departmentsHoldEachReplyOnceWhetherLeadOrCo() {
        Department kjt = department("jl-kjt", "吉林省科学技术厅", "Science and Technology");
        Department jyt = department("jl-jyt", "吉林省教育厅", "Education");
        SiteIndexes indexes = SiteIndexes.of(site(List.of(reply("a", "2023-05-01").handling(kjt, jyt, kjt, jyt).build(),
                reply("b", "2023-05-02").handling(jyt).build())));

        List<Group> groups = indexes.groups(Facet.DEPARTMENT, Language.EN);
        assertEquals(List.of("jl-jyt", "jl-kjt"), groups.stream().map(Group::key).toList());
        assertEquals(List.of(List.of("b", "a"), List.of("a")), groups.stream().map(SiteIndexesTest::slugs).toList());
    }

    @Test
    void groupsListTheirRepliesNewestFirstAndAreLabelledFromTheRegistry() {
        SiteIndexes indexes = SiteIndexes.of(site(List.of(reply("old", "2023-01-05").build(),
                reply("new", "2023-12-01").build(), reply("mid", "2023-06-01").build())));

        Group session = indexes.groups(Facet.SESSION, Language.ZH).get(0);
        assertEquals(List.of("new", "mid", "old"), slugs(session));
        assertEquals(Models.session("cppcc-13-1", 2023, 13, 1).name(), session.label());
    }
}
