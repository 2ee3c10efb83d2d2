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

    private static final Map<Class<?>, String> TEMPLATE_OF = Map.ofEntries(
            Map.entry(PageModel.EntryPage.class, "entry.ftlh"),
            Map.entry(PageModel.NotFoundPage.class, "404.ftlh"),
            Map.entry(PageModel.HomePage.class, "home.ftlh"),
            Map.entry(PageModel.ReplyPage.class, "reply.ftlh"),
            Map.entry(PageModel.FacetPage.class, "facet.ftlh"),
            Map.entry(PageModel.ListPage.class, "list.ftlh"),
            Map.entry(PageModel.GlossaryPage.class, "glossary.ftlh"),
            Map.entry(PageModel.SearchPage.class, "search.ftlh"),
            Map.entry(PageModel.FreePage.class, "page.ftlh"),
            Map.entry(PageModel.StatisticsPage.class, "statistics.ftlh"),
            Map.entry(PageModel.DataPage.class, "data.ftlh"),
            Map.entry(PageModel.DocumentsPage.class, "documents.ftlh"),
            Map.entry(PageModel.PolicyDocumentPage.class, "document.ftlh"),
            Map.entry(PageModel.SideBySidePage.class, "side-by-side.ftlh"));

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
