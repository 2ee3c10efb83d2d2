package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.replyarchive.render.ReplyPageJob;
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
     * @return the number of pages rendered, side-by-side pages included
     */
    int write(SitePlan plan, Site site, ReplyPageWriter replyPages, TemplateRenderer templates, SearchStage search) {
        Progress progress = new Progress(listener, "Rendering", "pages", plan.size());
        AtomicInteger rendered = new AtomicInteger();
        Map<Reply, Integer> ids = new java.util.IdentityHashMap<>();
        for (int i = 0; i < site.replies().size(); i++) {
            ids.put(site.replies().get(i), search.idOf(i));
        }
        // A reply's pages in one task, so that each of its texts is read and parsed once for all of them.
        Map<Reply, List<ReplyPageJob>> byReply = new java.util.IdentityHashMap<>();
        plan.replyPages().forEach(job -> byReply.computeIfAbsent(job.reply(), r -> new ArrayList<>()).add(job));
        List.copyOf(byReply.values()).parallelStream().forEach(jobs -> {
            ReplyTexts texts = replyPages.textsOfOneReply();
            for (ReplyPageJob job : jobs) {
                if (replyPages.write(job, ids.get(job.reply()), search.feed(job.language()), texts)) {
                    rendered.incrementAndGet();
                }
                progress.step();
            }
        });
        plan.pages().parallelStream().forEach(job -> {
            if (writePage(job, templates)) {
                rendered.incrementAndGet();
            }
            progress.step();
        });
        // The side-by-side pages were written with their replies' pages.
        progress.steps(plan.withCompanion().size());
        int all = rendered.get() + replyPages.companionsRendered();
        progress.finish(String.format(Locale.ROOT, "%,d rendered, %,d unchanged", all, plan.size() - all));
        return all;
    }

    private boolean writePage(PageJob job, TemplateRenderer templates) {
        String file = UrlScheme.outputFile(job.path());
        // The model is built only when the page's quick key does not tell it unchanged.
        PageModel[] model = new PageModel[1];
        if (cache.isEnabled() && cache.isUnchanged(file, keys.site(), () -> BuildCache.fingerprint(themeFingerprint,
                job.template(), PageJob.inputs(model[0] = job.model().get())))) {
            staging.reuse(file);
            return false;
        }
        String html = templates.render(job.template(), model[0] != null ? model[0] : job.model().get());
        staging.write(new OutputFile(file, html.getBytes(StandardCharsets.UTF_8)));
        return true;
    }

}
