package org.replyarchive.content;

import java.io.IOException;
import java.time.LocalDate;
import org.replyarchive.content.ModelForms.Form;
import org.replyarchive.content.ModelForms.Reading;
import org.replyarchive.content.ModelForms.Writing;

/** The forms of the scalar types {@link ModelForms} knows: strings, numbers, booleans and dates. */
final class ModelScalars {

    private ModelScalars() {}

    static Form of(Class<?> type) {
        if (type == String.class) {
            return form((to, v) -> to.out().string((String) v), from -> from.in().string());
        }
        if (type == int.class) {
            return form((to, v) -> to.out().signed((Integer) v), from -> Math.toIntExact(from.in().signed()));
        }
        if (type == long.class) {
            return form((to, v) -> to.out().signed((Long) v), from -> from.in().signed());
        }
        if (type == boolean.class) {
            return form((to, v) -> to.out().unsigned((Boolean) v ? 1 : 0), from -> from.in().unsigned() == 1);
        }
        if (type == LocalDate.class) {
            return nullable(form((to, v) -> to.out().signed(((LocalDate) v).toEpochDay()),
                    from -> LocalDate.ofEpochDay(from.in().signed())));
        }
        if (type == Integer.class || type == Long.class || type == Boolean.class) {
            return nullable(of(type == Integer.class ? int.class : type == Long.class ? long.class : boolean.class));
        }
        return null;
    }

    private interface Writer {
        void write(Writing to, Object value) throws IOException;
    }

    private interface Reader {
        Object read(Reading from) throws IOException;
    }

    private static Form form(Writer writer, Reader reader) {
        return new Form() {
            @Override
            public void write(Writing to, Object value) throws IOException {
                writer.write(to, value);
            }

            @Override
            public Object read(Reading from) throws IOException {
                return reader.read(from);
            }
        };
    }

    /** 0 for null, else 1 and the value. */
    private static Form nullable(Form inner) {
        return form((to, v) -> {
            to.out().unsigned(v == null ? 0 : 1);
            if (v != null) {
                inner.write(to, v);
            }
        }, from -> from.in().unsigned() == 0 ? null : inner.read(from));
    }

    /** A constant: 0 for null, else its ordinal plus 1. */
    static Form enumeration(Object[] constants) {
        return new Form() {
            @Override
            public void write(Writing to, Object value) throws IOException {
                to.out().unsigned(value == null ? 0 : ((Enum<?>) value).ordinal() + 1L);
            }

            @Override
            public Object read(Reading from) throws IOException {
                long tag = from.in().unsigned();
                if (tag > constants.length) {
                    throw new IOException("no constant " + tag + " of " + constants.length);
                }
                return tag == 0 ? null : constants[(int) tag - 1];
            }
        };
    }
}
