package org.replyarchive.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.replyarchive.config.Language;

/**
 * The words of the interface in one language ("Document number", "发文字号"), from the theme's
 * {@code i18n/<lang>.yaml}: a flat mapping of key to text. Templates hold no words of their own.
 */
public final class UiStrings {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private UiStrings() {}

    /** The strings of {@code language}; a site theme's file replaces the default one whole. */
    public static Map<String, String> load(Theme theme, Language language) {
        String path = "i18n/" + language.code() + ".yaml";
        byte[] bytes = theme.read(path)
                .orElseThrow(() -> new IllegalStateException("The theme has no " + path));
        try {
            return new TreeMap<>(YAML.readValue(bytes, new TypeReference<Map<String, String>>() {}));
        } catch (IOException e) {
            throw new IllegalStateException("The theme's " + path + " is not a flat mapping of texts: "
                    + e.getMessage(), e);
        }
    }
}
