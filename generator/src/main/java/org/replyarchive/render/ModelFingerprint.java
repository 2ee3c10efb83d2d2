package org.replyarchive.render;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.replyarchive.render.view.Frame;

/**
 * The text a page's cache fingerprint is made of: every value of its model, written by component name in a
 * form that is the same in every run. What a page shows is what its model declares, so a value added to a
 * model counts without further ado, and a value of a type with no stable form (an object's identity, a
 * hash-ordered set) is refused rather than silently making every page look changed, or unchanged.
 */
final class ModelFingerprint {

    private ModelFingerprint() {}

    /** The fingerprint text of {@code values}, one after the other. */
    static String of(Object... values) {
        StringBuilder out = new StringBuilder(4096);
        for (Object value : values) {
            write(value, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof String text) {
            // Length first: no text can then be mistaken for the end of another.
            out.append('"').append(text.length()).append(':').append(text);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof LocalDate) {
            out.append(value);
        } else if (value instanceof Frame frame) {
            writeFrame(frame, out);
        } else if (value instanceof Record record) {
            writeRecord(record, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(item -> {
                write(item, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, out);
        } else {
            throw new IllegalArgumentException("A page model holds a " + value.getClass().getName()
                    + ", which has no stable form for its fingerprint: use a record, list, text or number");
        }
    }

    /**
     * The frame without its UI strings: they are the theme's words, the same on every page of a language, and
     * the theme's fingerprint, part of every page's, holds them already.
     */
    private static void writeFrame(Frame frame, StringBuilder out) {
        out.append("Frame(");
        List.of(frame.page(), frame.site(), frame.nav(), frame.breadcrumbs(), frame.links()).forEach(part -> {
            write(part, out);
            out.append(',');
        });
        out.append(')');
    }

    private static void writeRecord(Record record, StringBuilder out) {
        out.append(record.getClass().getSimpleName()).append('(');
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            out.append(component.getName()).append('=');
            write(ModelVariables.value(record, component), out);
            out.append(',');
        }
        out.append(')');
    }

    private static void writeMap(Map<?, ?> map, StringBuilder out) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
        out.append('{');
        sorted.forEach((key, item) -> {
            write(key, out);
            out.append('=');
            write(item, out);
            out.append(',');
        });
        out.append('}');
    }
}
