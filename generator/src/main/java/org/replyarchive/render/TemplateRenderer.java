package org.replyarchive.render;

import freemarker.cache.ByteArrayTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;

/**
 * Renders named templates of the theme with a data model. One instance per build, shared by the threads
 * that render pages: the FreeMarker {@link Configuration} is set up once here and never changed after.
 */
public final class TemplateRenderer {

    private static final String TEMPLATES = "templates";

    private final Configuration configuration;

    public TemplateRenderer(Theme theme) {
        configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setTemplateLoader(loader(theme));
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        // Auto-escaping comes from the .ftlh extension; the language is passed in the model, never looked up.
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setLocale(java.util.Locale.ROOT);
        configuration.setNumberFormat("computer");
    }

    /** The site theme's templates first, then the default theme's, one template at a time. */
    private static TemplateLoader loader(Theme theme) {
        List<TemplateLoader> loaders = new ArrayList<>();
        theme.siteTheme().map(dir -> dir.resolve(TEMPLATES)).filter(java.nio.file.Files::isDirectory)
                .ifPresent(dir -> loaders.add(fileLoader(dir)));
        ByteArrayTemplateLoader defaults = new ByteArrayTemplateLoader();
        new Theme(java.util.Optional.empty()).files(TEMPLATES).forEach(defaults::putTemplate);
        loaders.add(defaults);
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    private static TemplateLoader fileLoader(Path dir) {
        try {
            return new FileTemplateLoader(dir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read templates in " + dir, e);
        }
    }

    /**
     * Renders {@code templateName} with {@code model}.
     *
     * @throws ContentProblemsException when the template is broken, naming its file, line and column
     */
    public String render(String templateName, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw problem(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(),
                    "correct the template's FreeMarker syntax");
        } catch (TemplateException e) {
            throw problem(e.getTemplateSourceName(), nonNull(e.getLineNumber()), nonNull(e.getColumnNumber()),
                    firstLine(e.getMessageWithoutStackTop()), "check the names the template uses against the"
                            + " page model described in the README");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + templateName, e);
        }
    }

    private static ContentProblemsException problem(String template, int line, int column, String what, String fix) {
        SourcePosition at = new SourcePosition("templates/" + (template == null ? "?" : template),
                Math.max(line, 0), Math.max(column, 0));
        return new ContentProblemsException(List.of(Problem.error(at, "template error: " + what, fix)));
    }

    private static int nonNull(Integer value) {
        return value == null ? 0 : value;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
