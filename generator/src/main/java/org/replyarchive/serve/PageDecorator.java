package org.replyarchive.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.replyarchive.problem.Problem;

/**
 * Adds what only the development server shows to an HTML page as it is served: the live-reload script and,
 * while the last build failed, an overlay listing its errors. The site's files are never changed.
 */
final class PageDecorator {

    /** The path the reload script listens on: Server-Sent Events carrying the build version. */
    static final String EVENTS_PATH = "/__reply-archive/events";

    /** The id of the overlay, for tests and for styles that must not hide it. */
    static final String OVERLAY_ID = "reply-archive-errors";

    private PageDecorator() {}

    /** {@code html} with the reload script for {@code version} and, if there are {@code errors}, the overlay. */
    static byte[] decorate(byte[] html, long version, List<Problem> errors) {
        String page = new String(html, StandardCharsets.UTF_8);
        String addition = (errors.isEmpty() ? "" : overlay(errors)) + script(version);
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String decorated = end < 0 ? page + addition : page.substring(0, end) + addition + page.substring(end);
        return decorated.getBytes(StandardCharsets.UTF_8);
    }

    /** A page for when no site has been built yet: the errors that stopped the first build. */
    static byte[] placeholder(long version, List<Problem> errors) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Reply Archive: not built yet</title>\n</head>\n<body>\n"
                + "<p>No site has been built yet. Fix the problems listed, and this page reloads by itself.</p>\n"
                + "</body>\n</html>\n";
        return decorate(page.getBytes(StandardCharsets.UTF_8), version, errors);
    }

    private static String script(long version) {
        return "<script>/* reply-archive:serve live reload; not part of the site */(function(){"
                + "if(!window.EventSource){return;}var seen='" + version + "';"
                + "var events=new EventSource('" + EVENTS_PATH + "');"
                + "events.onmessage=function(e){if(e.data!==seen){events.close();location.reload();}};})();"
                + "</script>\n";
    }

    private static String overlay(List<Problem> errors) {
        StringBuilder html = new StringBuilder();
        html.append("<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\" style=\"position:fixed;top:0;left:0;")
                .append("right:0;z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1em 1.5em;")
                .append("background:#fff4f4;color:#600;border-bottom:4px solid #c00;")
                .append("font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;")
                .append("box-shadow:0 2px 12px rgba(0,0,0,.35);text-align:left\">\n")
                .append("<p style=\"margin:0 0 .5em;font-weight:bold\">Reply Archive: the site was not rebuilt — ")
                .append(errors.size()).append(errors.size() == 1 ? " problem" : " problems")
                .append(". The last good build is shown until it is fixed.</p>\n<ol style=\"margin:0;padding-left:1.5em\">\n");
        for (Problem problem : errors) {
            String where = problem.position().line() == 0 ? problem.position().path() : problem.position().toString();
            html.append("<li><strong>").append(escape(where)).append("</strong>: ")
                    .append(escape(problem.describe())).append("</li>\n");
        }
        html.append("</ol>\n<button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"margin-top:.5em;")
                .append("font:inherit\">Hide</button>\n</div>\n");
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
