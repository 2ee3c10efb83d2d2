package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

class YamlParserTest {

    private static final String PATH = "replies/2023/x.zh.md";
    private static final String FIX = " — check the indentation, put a space after each ':', and quote values that"
            + " contain ': ' or start with a quote";

    private final Problems problems = new Problems();

    private YamlNode.Mapping parseMapping(String yaml, int firstLine) {
        Optional<YamlNode> node = YamlParser.parse(yaml, PATH, firstLine, problems);
        assertEquals(List.of(), reported());
        return assertInstanceOf(YamlNode.Mapping.class, node.orElseThrow());
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(PATH, line, column);
    }

    @Test
    void positionsAreLinesOfTheFileAndOneBasedColumns() {
        YamlNode.Mapping root = parseMapping("title: 关于答复\nproposal:\n  number: 2023D51\n", 2);

        YamlNode.Entry title = root.entries().get("title");
        assertEquals(at(2, 1), title.keyPosition());
        assertEquals(new YamlNode.Scalar("关于答复", at(2, 8)), title.value());
        YamlNode.Mapping proposal = (YamlNode.Mapping) root.entries().get("proposal").value();
        assertEquals(at(4, 3), proposal.entries().get("number").keyPosition());
        assertEquals(at(4, 11), proposal.entries().get("number").value().position());
    }

    @Test
    void shiftsEveryPositionByTheLineTheYamlStartsOn() {
        assertEquals(at(1, 4), parseMapping("a: 1", 1).entries().get("a").value().position());
        assertEquals(at(10, 4), parseMapping("a: 1", 10).entries().get("a").value().position());
    }

    @Test
    void keepsListItemsWithTheirPositions() {
        YamlNode.Sequence topics = (YamlNode.Sequence) parseMapping("topics: [talent, finance]", 2)
                .entries().get("topics").value();

        assertEquals(List.of(new YamlNode.Scalar("talent", at(2, 10)), new YamlNode.Scalar("finance", at(2, 18))),
                topics.items());
    }

    @Test
    void readsEmptyValuesAsNull() {
        YamlNode.Mapping root = parseMapping("a:\nb: ''\nc: ~\n", 2);

        for (String key : List.of("a", "b", "c")) {
            assertEquals(null, ((YamlNode.Scalar) root.entries().get(key).value()).value(), key);
        }
    }

    @Test
    void readsEmptyTextAsAnEmptyMapping() {
        assertEquals(new YamlNode.Mapping(Map.of(), at(2, 1)), parseMapping("", 2));
    }

    @Test
    void reportsADuplicateKeyAtItsSecondOccurrenceAndKeepsTheFirst() {
        Optional<YamlNode> root = YamlParser.parse("title: 一\ndate: 2023-05-17\ntitle: 二\n", PATH, 2, problems);

        assertEquals(List.of(PATH + ":4:1: the key 'title' is written twice (first on line 2) — keep one of them"),
                reported());
        assertEquals("一", ((YamlNode.Mapping) root.orElseThrow()).entries().get("title").value().canonical());
    }

    @Test
    void reportsASyntaxErrorWhereTheParserFoundIt() {
        assertEquals(Optional.empty(), YamlParser.parse("title: 答复\nsummary: 摘要: 已办结\n", PATH, 2, problems));
        assertEquals(List.of(PATH + ":3:12: the YAML is malformed: mapping values are not allowed here" + FIX),
                reported());
    }

    @Test
    void reportsATabOnItsOwnLineNotAtTheEndOfTheLineBefore() {
        YamlParser.parse("proposal:\n  number: 1\n\tkind: member\n", PATH, 2, problems);

        assertEquals(List.of(PATH + ":4:1: the YAML is malformed: found character '\\t(TAB)' that cannot start any"
                + " token. (Do not use \\t(TAB) for indentation)" + FIX), reported());
    }

    @Test
    void saysWhereAnUnclosedQuoteBegan() {
        YamlParser.parse("title: \"答复\ndate: 2023-05-17", PATH, 2, problems);

        assertEquals(List.of(PATH + ":3:17: the YAML is malformed: found unexpected end of stream, while scanning a"
                + " quoted scalar that starts at line 2, column 8" + FIX), reported());
    }
}
