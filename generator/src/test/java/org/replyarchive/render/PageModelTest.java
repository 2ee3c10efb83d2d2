package org.replyarchive.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.render.view.Parts;

/** Every value the page models declare for the default templates is one they use: models hold no dead fields. */
class PageModelTest {

    private static final Path TEMPLATES =
            Path.of(System.getProperty("basedir", "."), "../themes/default/templates");

    private static final Map<Class<?>, String> TEMPLATE_OF = Map.of(
            PageModel.EntryPage.class, "entry.ftlh",
            PageModel.NotFoundPage.class, "404.ftlh",
            PageModel.HomePage.class, "home.ftlh",
            PageModel.ReplyPage.class, "reply.ftlh",
            PageModel.FacetPage.class, "facet.ftlh",
            PageModel.ListPage.class, "list.ftlh",
            PageModel.GlossaryPage.class, "glossary.ftlh",
            PageModel.SearchPage.class, "search.ftlh",
            PageModel.FreePage.class, "page.ftlh",
            PageModel.StatisticsPage.class, "statistics.ftlh");

    @Test
    void everyPageKindHasATemplateThatUsesEachOfItsVariables() throws IOException {
        assertEquals(PageModel.class.getPermittedSubclasses().length, TEMPLATE_OF.size(), "a template per page kind");
        for (Class<?> kind : PageModel.class.getPermittedSubclasses()) {
            String template = read(TEMPLATE_OF.get(kind)) + read("partials/head.ftlh");
            List<String> unused = names(kind).stream().filter(n -> !n.equals("frame"))
                    .filter(n -> !template.matches("(?s).*\\b" + n + "\\b.*")).toList();
            assertEquals(List.of(), unused, kind.getSimpleName() + " in " + TEMPLATE_OF.get(kind));
        }
    }

    @Test
    void theReplyTemplateUsesEveryDetailOfAReplyAndTheCardsEveryDetailOfACard() throws IOException {
        String reply = read("reply.ftlh");
        assertEquals(List.of(), names(Parts.ReplyView.class).stream()
                .filter(n -> !reply.contains("reply." + n)).toList());
        String cards = read("partials/cards.ftlh");
        assertEquals(List.of(), names(Parts.ReplyCard.class).stream()
                .filter(n -> !cards.contains("reply." + n)).toList());
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static String read(String template) throws IOException {
        return Files.readString(TEMPLATES.resolve(template));
    }
}
