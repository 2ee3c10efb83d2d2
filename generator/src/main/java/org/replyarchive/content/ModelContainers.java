package org.replyarchive.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.content.ModelForms.Form;
import org.replyarchive.content.ModelForms.Reading;
import org.replyarchive.content.ModelForms.Writing;

/**
 * The forms of the containers {@link ModelForms} knows: lists and maps, read back unmodifiable in the order
 * written, and optionals.
 */
final class ModelContainers {

    private ModelContainers() {}

    /** A list: 0 for null, else its size plus 1, then its elements. */
    static Form list(Form element) {
        return new Form() {
            @Override
            public void write(Writing to, Object value) throws IOException {
                List<?> list = (List<?>) value;
                to.out().unsigned(list == null ? 0 : list.size() + 1L);
                for (Object item : list == null ? List.of() : list) {
                    element.write(to, item);
                }
            }

            @Override
            public Object read(Reading from) throws IOException {
                int size = from.in().count();
                if (size == 0) {
                    return null;
                }
                List<Object> list = new ArrayList<>(size - 1);
                for (int i = 1; i < size; i++) {
                    list.add(element.read(from));
                }
                return Collections.unmodifiableList(list);
            }
        };
    }

    /** A map: 0 for null, else its size plus 1, then its keys and values in its order. */
    static Form map(Form key, Form value) {
        return new Form() {
            @Override
            public void write(Writing to, Object written) throws IOException {
                Map<?, ?> map = (Map<?, ?>) written;
                to.out().unsigned(map == null ? 0 : map.size() + 1L);
                for (Map.Entry<?, ?> entry : map == null ? Map.of().entrySet() : map.entrySet()) {
                    key.write(to, entry.getKey());
                    value.write(to, entry.getValue());
                }
            }

            @Override
            public Object read(Reading from) throws IOException {
                int size = from.in().count();
                if (size == 0) {
                    return null;
                }
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 1; i < size; i++) {
                    map.put(key.read(from), value.read(from));
                }
                return Collections.unmodifiableMap(map);
            }
        };
    }

    /** An optional: 0 for null, 1 for empty, 2 and its value. */
    static Form optional(Form inner) {
        return new Form() {
            @Override
            public void write(Writing to, Object value) throws IOException {
                Optional<?> optional = (Optional<?>) value;
                to.out().unsigned(optional == null ? 0 : optional.isEmpty() ? 1 : 2);
                if (optional != null && optional.isPresent()) {
                    inner.write(to, optional.get());
                }
            }

            @Override
            public Object read(Reading from) throws IOException {
                long tag = from.in().unsigned();
                return tag == 0 ? null : tag == 1 ? Optional.empty() : Optional.of(inner.read(from));
            }
        };
    }
}
