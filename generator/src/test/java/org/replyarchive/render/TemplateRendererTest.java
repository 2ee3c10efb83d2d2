package org.replyarchive.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.config.Language;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel;

/** A site theme's broken template is reported at its own file, line and column, and a theme cannot run code. */
class TemplateRendererTest {

    @TempDir
    Path theme;

    /** A free page in English, as {@code page.ftlh} is given it. */
    static PageModel.FreePage aboutPage() {
        Frame.PageInfo info = new Frame.PageInfo("en", "en", "page:about", "../../", "en/about/", "About", "",
                "https://example.org/en/about/", List.of(), null, null, true);
        Frame frame = new Frame(info, new Frame.SiteInfo("Replies", "All replies", "The Department", "en/"),
                UiStrings.load(Theme.DEFAULT, List.of(Language.EN)).all(Language.EN), List.of(), List.of(),
                new Frame.ThemeLinks("assets/css/site.css", null, "assets/js/search.js", "en/feed.xml",
                        "data/replies.json", "data/replies.csv", "en/search/", null, "en/feeds.opml"));
        return new PageModel.FreePage(frame, "<p>What the archive holds.</p>", null);
    }

    private Path write(String template, String text) throws IOException {
        Path file = theme.resolve("templates").resolve(template);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private TemplateRenderer renderer() {
        return new TemplateRenderer(new Theme(Optional.of(theme)));
    }

    private static Problem onlyProblem(Executable executable) {
        ContentProblemsException e = assertThrows(ContentProblemsException.class, executable);
        assertEquals("Site not built: 1 problem in the theme", e.getMessage());
        assertEquals(1, e.problems().size(), e.problems()::toString);
        return e.problems().get(0);
    }

    @Test
    void theDefaultThemeRendersAPageWithEveryPartial() {
        String html = new TemplateRenderer(Theme.DEFAULT).render("page.ftlh", aboutPage());
        assertTrue(html.contains("<title>About · Replies</title>"), html);
        assertTrue(html.contains("<p>What the archive holds.</p>"), html);
        assertTrue(html.contains("<footer class=\"site-footer\">\n  <p class=\"back-to-top\"><a href=\"#top\">Back to top</a></p>\n  <p>The Department</p>"), html);
        assertTrue(html.contains("<a href=\"../../data/replies.json\">"), html);
        assertFalse(html.contains("assets/site.css"), "no site stylesheet is linked when the theme has none");
    }

    @Test
    void aSyntaxErrorInAnImportedLayoutIsReportedInTheLayoutBeforeAnyPageIsRendered() throws IOException {
        write("layout.ftlh", "<#macro frame>\n<html>\n<#if page.title?has_content>\n<#nested>\n</#macro>\n");
        Problem problem = onlyProblem(this::renderer);
        assertTrue(problem.toString().startsWith("templates/layout.ftlh:5:1: syntax error: "), problem::toString);
        assertTrue(problem.toString().endsWith("— correct the FreeMarker syntax (each <#if>, <#list> and <#macro>"
                + " closed, each ${…} complete)"), problem::toString);
    }

    @Test
    void anUndefinedVariableInAPartialIsReportedInThePartialWithTheVariablesThereAre() throws IOException {
        write("partials/footer.ftlh", "<footer>\n  <p>${site.slogan}</p>\n</footer>\n");
        Problem problem = onlyProblem(() -> renderer().render("page.ftlh", aboutPage()));
        assertEquals("templates/partials/footer.ftlh:2:8: 'site.slogan' is not defined — a page of page.ftlh has"
                + " the variables page, site, ui, nav, breadcrumbs, links, bodyHtml, bodyLang (see the README's Theme"
                + " reference); write site.slogan! or <#if site.slogan??> for a value that may be absent",
                problem.toString());
    }

    @Test
    void anUnknownUiStringIsReportedAsSuch() throws IOException {
        write("partials/footer.ftlh", "<footer>${ui.slogan}</footer>\n");
        Problem problem = onlyProblem(() -> renderer().render("page.ftlh", aboutPage()));
        assertEquals("templates/partials/footer.ftlh:1:11: 'ui.slogan' is not defined — the default theme has no UI"
                + " string 'slogan'; use one of its i18n keys", problem.toString());
    }

    @Test
    void aMissingPartialIsReportedWhereItIsIncluded() throws IOException {
        write("partials/header.ftlh", "<header>\n<#include \"banner.ftlh\">\n</header>\n");
        Problem problem = onlyProblem(() -> renderer().render("page.ftlh", aboutPage()));
        assertTrue(problem.toString().startsWith("templates/partials/header.ftlh:2:1: the partial"
                + " 'partials/banner.ftlh' does not exist — name one of the theme's templates (404.ftlh, "),
                problem::toString);
        assertTrue(problem.toString().endsWith(") or add templates/partials/banner.ftlh to the site theme"),
                problem::toString);
    }

    @Test
    void aThemeCannotInstantiateAClass() throws IOException {
        Path proof = theme.resolve("executed");
        write("page.ftlh", "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"touch " + proof
                + "\")}\n");
        Problem problem = onlyProblem(() -> renderer().render("page.ftlh", aboutPage()));
        assertTrue(problem.toString().startsWith("templates/page.ftlh:1:1: Instantiating freemarker.template.utility.Execute is not allowed"), problem::toString);
        assertTrue(problem.toString().contains("it cannot make Java objects (?new)"), problem::toString);
        assertFalse(Files.exists(proof), "the command must not have run");
    }

    @Test
    void aThemeCannotReachTheApiOfItsModel() throws IOException {
        write("page.ftlh", "${bodyHtml?api.getClass().getName()}\n");
        Problem problem = onlyProblem(() -> renderer().render("page.ftlh", aboutPage()));
        assertTrue(problem.toString().startsWith("templates/page.ftlh:1:"), problem::toString);
    }
}
