package org.replyarchive.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The descriptor the help goal prints (maven-plugin-plugin's {@code plugin-help.xml}): every goal is there, each
 * declares only the parameters it uses, and every parameter a user sets has its {@code reply-archive.*} property.
 */
class PluginDescriptorTest {

    private static final String HELP = "META-INF/maven/org.replyarchive/reply-archive-maven-plugin/plugin-help.xml";

    @Test
    void theHelpGoalExistsAndListsEveryGoal() throws Exception {
        assertEquals(List.of("build", "check", "help", "import", "new", "serve", "stamp"), List.copyOf(parameters().keySet()));
        assertEquals("org.replyarchive.maven.HelpMojo", Class.forName("org.replyarchive.maven.HelpMojo").getName());
    }

    @Test
    void eachGoalDeclaresOnlyTheParametersItUses() throws Exception {
        Map<String, List<String>> goals = parameters();
        assertEquals(List.of("annotations", "contentDirectory", "encoding", "force", "from", "skip"), goals.get("import"));
        assertEquals(List.of("annotations", "contentDirectory", "reply", "skip"), goals.get("stamp"));
        assertEquals(List.of("annotations", "contentDirectory", "date", "kind", "number", "proposer", "session", "skip",
                "year"), goals.get("new"));
        assertEquals(List.of("annotations", "baseUrl", "contentDirectory", "languages", "skip", "themeDirectory"),
                goals.get("check"));
        assertEquals(List.of("annotations", "baseUrl", "contentDirectory", "host", "languages", "lockTimeout", "port",
                "serveDirectory", "skip", "themeDirectory"), goals.get("serve"));
        assertEquals(List.of("annotations", "baseUrl", "cache", "cacheDirectory", "contentDirectory", "fork",
                "languages", "lockTimeout", "outputDirectory", "skip", "themeDirectory"), goals.get("build"));
    }

    @Test
    void everyParameterOfThePluginHasItsPropertyAndADescription() throws Exception {
        for (Element mojo : elements(descriptor().getElementsByTagName("mojo"))) {
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            for (Element parameter : elements(mojo.getElementsByTagName("parameter"))) {
                String name = text(parameter, "name");
                assertTrue(!text(parameter, "description").isBlank(), goal + " " + name + " has a description");
                Element configured = (Element) ((Element) mojo.getElementsByTagName("configuration").item(0))
                        .getElementsByTagName(name).item(0);
                assertEquals("${reply-archive." + name + "}", configured.getTextContent(), goal + " " + name);
            }
        }
    }

    private static Map<String, List<String>> parameters() throws Exception {
        Map<String, List<String>> goals = new TreeMap<>();
        for (Element mojo : elements(descriptor().getElementsByTagName("mojo"))) {
            List<String> names = new ArrayList<>();
            elements(mojo.getElementsByTagName("parameter")).forEach(p -> names.add(text(p, "name")));
            goals.put(text(mojo, "goal"), names.stream().sorted().toList());
        }
        return goals;
    }

    private static Element descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream(HELP)) {
            assertTrue(in != null, "maven-plugin-plugin wrote " + HELP);
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
