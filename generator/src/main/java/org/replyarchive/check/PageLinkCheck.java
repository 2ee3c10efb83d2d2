package org.replyarchive.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.replyarchive.check.LinkTargets.Internal;
import org.replyarchive.check.LinkTargets.Invalid;
import org.replyarchive.check.ReferenceScanner.Reference;
import org.replyarchive.check.ReferenceScanner.Scan;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.problem.Suggestions;
import org.replyarchive.route.UrlScheme;

/**
 * The references of one file of a built site, checked against the site: each that leads nowhere becomes a
 * {@link BrokenLink} at its line and column, with the nearest existing page or anchor suggested.
 *
 * @param root the built site
 * @param page the file checked, relative to the site root
 * @param scan the references the file holds
 * @param targets resolves references against the site's files
 * @param scans the references and ids of every scanned file, for anchors
 * @param files every file of the site, sorted
 * @param suggestions nearest existing paths already computed, shared between pages
 */
record PageLinkCheck(Path root, String page, Scan scan, LinkTargets targets, Map<String, Scan> scans,
        List<String> files, Map<String, List<String>> suggestions) {

    /** What is wrong with one reference, before it is positioned. */
    private record Finding(String kind, String detail, String fix, String target) {}


    List<BrokenLink> broken() {
        List<BrokenLink> broken = new ArrayList<>();
        String text = null;
        for (Reference ref : scan.references()) {
            Optional<Finding> problem = check(ref);
            if (problem.isPresent()) {
                text = text == null ? LinkChecker.read(root, page) : text;
                broken.add(positioned(text, ref, problem.get()));
            }
        }
        return broken;
    }

    /** The problem of one reference, if it has one. */
    private Optional<Finding> check(Reference ref) {
        LinkTargets.Target target = targets.resolve(page, scan.base(), ref.value());
        if (target instanceof Invalid invalid) {
            return Optional.of(new Finding(invalid.kind(), invalid.detail(), invalid.fix(), ""));
        }
        if (!(target instanceof Internal internal)) {
            return Optional.empty();
        }
        Optional<String> file = targets.fileOf(internal.path());
        if (file.isEmpty()) {
            String expected = UrlScheme.outputFile(internal.path());
            return Optional.of(new Finding(ref.asset() ? "missing asset" : "broken link",
                    "there is no " + expected + " in the built site", fixFor(internal.path()), internal.path()));
        }
        return checkFragment(file.get(), internal.fragment(), internal.path());
    }

    private Optional<Finding> checkFragment(String file, String fragment, String path) {
        Scan target = scans.get(file);
        if (fragment == null || fragment.isEmpty() || fragment.equals("top") || target == null
                || !file.endsWith(".html") || target.ids().contains(fragment)) {
            return Optional.empty();
        }
        String fix = Suggestions.nearest(fragment, target.ids())
                .map(id -> "did you mean '#" + id + "'?")
                .orElse("link an id the page has, or the page without '#" + fragment + "'");
        return Optional.of(new Finding("broken anchor", file + " has no element with id '" + fragment + "'",
                fix, path));
    }

    private String fixFor(String path) {
        String self = UrlScheme.linkPath(page);
        List<String> nearest = suggestions.computeIfAbsent(path, p -> nearestExisting(p, files, ""));
        if (nearest.contains(self)) {
            nearest = nearestExisting(path, files, self);
        }
        if (!nearest.isEmpty()) {
            return "did you mean '" + LinkTargets.relative(page, nearest.get(0)) + "'?";
        }
        return "link a page or file of the built site; a relative link starts from the folder of " + page;
    }

    private BrokenLink positioned(String text, Reference ref, Finding finding) {
        SourcePosition at = SourcePosition.at(page, text, ref.offset(), 1);
        return new BrokenLink(page, at.line(), at.column(), finding.kind(), ref.value(), finding.detail(),
                finding.fix(), finding.target());
    }

    /**
     * The existing link path nearest to {@code path} among its neighbours (same folder or the one above), other
     * than {@code except}.
     */
    static List<String> nearestExisting(String path, List<String> files, String except) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int cut = trimmed.lastIndexOf('/');
        String parent = cut < 0 ? "" : trimmed.substring(0, cut + 1);
        int up = parent.isEmpty() ? -1 : parent.substring(0, parent.length() - 1).lastIndexOf('/');
        String area = up < 0 ? parent : parent.substring(0, up + 1);
        Set<String> candidates = new TreeSet<>();
        for (String file : files) {
            String link = UrlScheme.linkPath(file);
            if (link.startsWith(area) && !link.equals(except) && link.length() > area.length()) {
                // Compared without the shared folder, so that a long common prefix does not pass for likeness.
                candidates.add(link.substring(area.length()));
            }
        }
        return Suggestions.nearest(path.substring(area.length()), candidates).map(area::concat).stream().toList();
    }
}
