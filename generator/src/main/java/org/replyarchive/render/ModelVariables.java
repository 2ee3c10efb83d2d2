package org.replyarchive.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.replyarchive.render.view.PageModel;

/** The variables a template sees of a page model: the frame's components, then the page record's own. */
final class ModelVariables {

    private ModelVariables() {}

    static Map<String, Object> of(PageModel model) {
        Map<String, Object> variables = new LinkedHashMap<>();
        putComponents(model.frame(), variables);
        Map<String, Object> own = new LinkedHashMap<>();
        putComponents((Record) model, own);
        own.remove("frame");
        own.forEach((name, value) -> {
            if (variables.containsKey(name)) {
                throw new IllegalStateException(model.getClass().getSimpleName() + "'s '" + name
                        + "' hides the frame's variable of that name");
            }
            variables.put(name, value);
        });
        return variables;
    }

    /** The components of {@code record} by name, in declaration order. */
    static void putComponents(Record record, Map<String, Object> into) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            into.put(component.getName(), value(record, component));
        }
    }

    static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), e);
        }
    }
}
