package org.replyarchive.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of a theme: a site's own theme folder, if any, over the default theme packaged in the plugin
 * jar. A file of the site theme replaces the default file of the same path; everything else comes from the
 * default.
 */
public final class Theme {

    /** Where the default theme sits on the classpath. */
    static final String DEFAULT_THEME_RESOURCE = "org/replyarchive/theme/default";

    /** The default theme alone, as a site without a theme of its own has it. */
    public static final Theme DEFAULT = new Theme(Optional.empty());

    /** A site theme's own stylesheet, added after the default one (never replacing it) when present. */
    static final String SITE_STYLESHEET = "static/site.css";

    private final Optional<Path> siteTheme;

    /**
     * The theme of {@code siteTheme} over the default one.
     *
     * @throws org.replyarchive.problem.ContentProblemsException when a link in the site theme leads out of it
     */
    public Theme(Optional<Path> siteTheme) {
        siteTheme.ifPresent(ThemeLinks::refuseLinksOut);
        this.siteTheme = siteTheme;
    }

    /** The site theme folder, if the site has one. */
    Optional<Path> siteTheme() {
        return siteTheme;
    }

    /** The bytes of a file of the site theme itself, if it has one there (the default theme is not looked at). */
    Optional<byte[]> readOwn(String relativePath) {
        Optional<Path> own = siteTheme.map(dir -> dir.resolve(relativePath)).filter(Files::isRegularFile);
        try {
            return own.isPresent() ? Optional.of(Files.readAllBytes(own.get())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read theme file " + relativePath, e);
        }
    }

    /** The names of the files directly in {@code folder} of the site theme itself, sorted; none without one. */
    java.util.List<String> ownFiles(String folder) {
        Optional<Path> dir = siteTheme.map(d -> d.resolve(folder)).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list theme folder " + dir.get(), e);
        }
    }

    /** Whether the site theme has a stylesheet of its own, which every page then links after the default one. */
    public boolean hasSiteStylesheet() {
        return hasOwn(SITE_STYLESHEET);
    }

    /** Whether the site theme has a file of its own at {@code relativePath}. */
    boolean hasOwn(String relativePath) {
        return siteTheme.map(dir -> dir.resolve(relativePath)).filter(Files::isRegularFile).isPresent();
    }

    /** The bytes of a theme file, from the site theme if it has one, else from the default theme. */
    public Optional<byte[]> read(String relativePath) {
        Optional<Path> own = siteTheme.map(dir -> dir.resolve(relativePath)).filter(Files::isRegularFile);
        try {
            if (own.isPresent()) {
                return Optional.of(Files.readAllBytes(own.get()));
            }
            try (InputStream in = Theme.class.getClassLoader()
                    .getResourceAsStream(DEFAULT_THEME_RESOURCE + "/" + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read theme file " + relativePath, e);
        }
    }

    /** Every file under {@code folder} of the merged theme, by path relative to {@code folder}, sorted. */
    public Map<String, byte[]> files(String folder) {
        Map<String, byte[]> files = new TreeMap<>();
        walkDefault(folder, files);
        siteTheme.map(dir -> dir.resolve(folder)).filter(Files::isDirectory).ifPresent(dir -> walk(dir, files));
        return files;
    }

    private void walkDefault(String folder, Map<String, byte[]> files) {
        String prefix = DEFAULT_THEME_RESOURCE + "/" + folder + "/";
        URL url = Theme.class.getClassLoader().getResource(prefix);
        if (url == null) {
            return;
        }
        try {
            if (url.openConnection() instanceof JarURLConnection connection) {
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    readJarFolder(jar, prefix, files);
                }
            } else {
                walk(Path.of(url.toURI()), files);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list the default theme at " + url, e);
        }
    }

    private static void readJarFolder(JarFile jar, String prefix, Map<String, byte[]> files) throws IOException {
        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                }
            }
        }
    }

    private static void walk(Path dir, Map<String, byte[]> files) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (FileSystemNotFoundException | IOException e) {
            throw new IllegalStateException("Cannot list theme folder " + dir, e);
        }
    }
}
