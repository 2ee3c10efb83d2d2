package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.replyarchive.build.BuildListener;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.render.PageJob;
import org.replyarchive.render.SitePlan;
import org.replyarchive.render.TemplateRenderer;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.route.UrlScheme;

/** The rendering stage: every HTML page of the plan, written or taken over, with its progress reported. */
final class PageRendering {

    private final BuildListener listener;
    private final BuildCache cache;
    private final String themeFingerprint;
    private final StagingOutput staging;
    private final QuickKeys keys;

    PageRendering(BuildListener listener, BuildCache cache, String themeFingerprint, StagingOutput staging,
            QuickKeys keys) {
        this.keys = keys;
        this.listener = listener;
        this.cache = cache;
        this.themeFingerprint = themeFingerprint;
        this.staging = staging;
    }

    /**
     * Renders every page whose inputs changed, on all cores, one page at a time, and takes the others over
     * from the previous output; reply pages give their text to search as they are written. The result does
     * not depend on the order in which threads finish.
     *
     * @return the number of pages rendered
     */
    int write(SitePlan plan, Site site, ReplyPageWriter replyPages, TemplateRenderer templates, SearchStage search) {
        Progress progress = new Progress(listener, "Rendering", "pages", plan.size());
        AtomicInteger rendered = new AtomicInteger();
        Map<Reply, Integer> ids = new java.util.IdentityHashMap<>();
        for (int i = 0; i < site.replies().size(); i++) {
            ids.put(site.replies().get(i), search.idOf(i));
        }
        plan.replyPages().parallelStream().forEach(job -> {
            if (replyPages.write(job, ids.get(job.reply()), search.feed(job.language()))) {
                rendered.incrementAndGet();
            }
            progress.step();
        });
        plan.pages().parallelStream().forEach(job -> {
            if (writePage(job, templates)) {
                rendered.incrementAndGet();
            }
            progress.step();
        });
        progress.finish(String.format(Locale.ROOT, "%,d rendered, %,d unchanged", rendered.get(),
                plan.size() - rendered.get()));
        return rendered.get();
    }

    private boolean writePage(PageJob job, TemplateRenderer templates) {
        String file = UrlScheme.outputFile(job.path());
        if (cache.isEnabled() && cache.isUnchangedByKey(file, keys.site())) {
            staging.reuse(file);
            return false;
        }
        PageModel model = job.model().get();
        if (cache.isEnabled() && cache.isUnchanged(file,
                BuildCache.fingerprint(themeFingerprint, job.template(), PageJob.inputs(model)), keys.site())) {
            staging.reuse(file);
            return false;
        }
        String html = templates.render(job.template(), model);
        staging.write(new OutputFile(file, html.getBytes(StandardCharsets.UTF_8)));
        return true;
    }

}
