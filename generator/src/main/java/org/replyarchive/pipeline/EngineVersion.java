package org.replyarchive.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Identifies the engine's code, so that an upgraded engine never takes over pages an older one made. */
final class EngineVersion {

    /** Computed once: the jar does not change while it runs. */
    static final String CURRENT = read();

    private EngineVersion() {}

    /** The plugin jar's name, size and time; for classes in a folder (tests), the folder. */
    private static String read() {
        try {
            Path code = Path.of(EngineVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code)
                    ? code.getFileName() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis()
                    : "classes:" + code;
        } catch (URISyntaxException | IOException | SecurityException e) {
            return "unknown";
        }
    }
}
