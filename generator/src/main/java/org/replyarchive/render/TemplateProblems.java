package org.replyarchive.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;

/**
 * Turns FreeMarker's exceptions into problems at the template file, line and column where the theme is wrong,
 * with what would be right: a webmaster editing a site theme gets a message, not a stack trace. The position
 * is always that of the innermost template, so an error in a partial names the partial, not the page.
 */
final class TemplateProblems {

    private static final String SYNTAX_FIX = "correct the FreeMarker syntax (each <#if>, <#list> and <#macro>"
            + " closed, each ${…} complete)";

    private final Set<String> templateNames;

    TemplateProblems(Collection<String> templateNames) {
        this.templateNames = new TreeSet<>(templateNames);
    }

    /** A template that could not be read or parsed. */
    Problem ofLoading(String name, IOException e) {
        if (e instanceof ParseException parse) {
            return syntax(parse);
        }
        if (e instanceof TemplateNotFoundException) {
            return Problem.error(SourcePosition.ofFile(path(name)), "the template '" + name + "' does not exist",
                    "add it to the theme's templates folder");
        }
        return Problem.error(SourcePosition.ofFile(path(name)), "the template cannot be read: " + e.getMessage(),
                "check that the file is readable UTF-8");
    }

    /**
     * A template that failed while rendering a page.
     *
     * @param variables the names the page's template was given, for the fix of an undefined name
     */
    Problem ofRendering(TemplateException e, String page, Collection<String> variables) {
        TemplateException innermost = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return syntax(parse);
            }
            if (cause instanceof TemplateNotFoundException missing) {
                return missingPartial(innermost, missing.getTemplateName());
            }
            if (cause instanceof TemplateException inner) {
                innermost = inner;
            }
        }
        if (innermost instanceof InvalidReferenceException undefined) {
            return undefined(undefined, page, variables);
        }
        return Problem.error(position(innermost), firstLine(innermost.getMessageWithoutStackTop()),
                "a template may only arrange its model: it cannot make Java objects (?new) or call their API"
                        + " (?api); see the README's Theme reference");
    }

    private Problem syntax(ParseException e) {
        String what = firstLine(e.getEditorMessage());
        return Problem.error(new SourcePosition(path(e.getTemplateName()), Math.max(e.getLineNumber(), 0),
                Math.max(e.getColumnNumber(), 0)), "syntax error: " + what, SYNTAX_FIX);
    }

    private Problem missingPartial(TemplateException at, String name) {
        return Problem.error(position(at), "the partial '" + name + "' does not exist",
                "name one of the theme's templates (" + String.join(", ", templateNames) + ") or add templates/"
                        + name + " to the site theme");
    }

    private static Problem undefined(InvalidReferenceException e, String page, Collection<String> variables) {
        String name = e.getBlamedExpressionString();
        String what = name == null ? firstLine(e.getMessageWithoutStackTop()) : "'" + name + "' is not defined";
        String fix = name != null && name.startsWith("ui.")
                ? "the default theme has no UI string '" + name.substring(3) + "'; use one of its i18n keys"
                : "a page of " + page + " has the variables " + String.join(", ", variables)
                        + " (see the README's Theme reference); write " + name + "! or <#if " + name
                        + "??> for a value that may be absent";
        return Problem.error(position(e), what, fix);
    }

    private static SourcePosition position(TemplateException e) {
        return new SourcePosition(path(e.getTemplateSourceName()), nonNegative(e.getLineNumber()),
                nonNegative(e.getColumnNumber()));
    }

    private static String path(String templateName) {
        return "templates/" + (templateName == null ? "?" : templateName);
    }

    private static int nonNegative(Integer value) {
        return value == null ? 0 : Math.max(value, 0);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }
}
