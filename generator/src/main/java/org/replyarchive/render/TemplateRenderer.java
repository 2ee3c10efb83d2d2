package org.replyarchive.render;

import freemarker.cache.ByteArrayTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.render.view.PageModel;

/**
 * Renders named templates of the theme with a page model. One instance per build, shared by the threads
 * that render pages: the FreeMarker {@link Configuration} is set up once here and never changed after, and
 * every template is parsed when the renderer is made, so that a syntax error anywhere in the theme stops the
 * build before any page is written.
 */
public final class TemplateRenderer {

    private static final String TEMPLATES = "templates";

    private final Configuration configuration;
    private final TemplateProblems problems;

    /**
     * A renderer of {@code theme}'s templates.
     *
     * @throws ContentProblemsException with every template that does not parse, at its line and column
     */
    public TemplateRenderer(Theme theme) {
        Set<String> names = theme.files(TEMPLATES).keySet();
        problems = new TemplateProblems(names);
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
        // A theme arranges its model and nothing more: it may not make Java objects or reach their API.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        parseAll(names);
    }

    /** The site theme's templates first, then the default theme's, one template at a time. */
    private static TemplateLoader loader(Theme theme) {
        List<TemplateLoader> loaders = new ArrayList<>();
        theme.siteTheme().map(dir -> dir.resolve(TEMPLATES)).filter(Files::isDirectory)
                .ifPresent(dir -> loaders.add(fileLoader(dir)));
        ByteArrayTemplateLoader defaults = new ByteArrayTemplateLoader();
        Theme.DEFAULT.files(TEMPLATES).forEach(defaults::putTemplate);
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

    private void parseAll(Set<String> names) {
        List<Problem> found = new ArrayList<>();
        for (String name : names) {
            try {
                configuration.getTemplate(name);
            } catch (IOException e) {
                found.add(problems.ofLoading(name, e));
            }
        }
        if (!found.isEmpty()) {
            throw ContentProblemsException.inTheme(found);
        }
    }

    /**
     * Renders {@code templateName} with {@code model}: its variables are those of the model's frame and its
     * own (see {@link PageModel}).
     *
     * @throws ContentProblemsException when the template fails, naming the template file, line and column
     */
    public String render(String templateName, PageModel model) {
        Map<String, Object> variables = ModelVariables.of(model);
        PageBuffer out = PageBuffer.take();
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(variables, out);
            return out.toString();
        } catch (TemplateException e) {
            throw ContentProblemsException.inTheme(List.of(problems.ofRendering(e, templateName, variables.keySet())));
        } catch (IOException e) {
            throw ContentProblemsException.inTheme(List.of(problems.ofLoading(templateName, e)));
        } finally {
            out.release();
        }
    }
}
