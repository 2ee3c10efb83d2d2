package org.replyarchive.content;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * How {@link ModelCodec} writes and reads each type the model declares: records, lists, maps, optionals, enums,
 * strings, numbers, booleans and dates. Every form is worked out from the declarations once, before anything is
 * written, so that a model type of another kind fails at once, naming itself, rather than in some later build.
 */
final class ModelForms {

    /** How one declared type is written and read. */
    interface Form {
        void write(Writing to, Object value) throws IOException;

        Object read(Reading from) throws IOException;
    }

    /** A write in progress: the records written so far, by identity, with their numbers; null when not shared. */
    record Writing(ModelBytes.Out out, IdentityHashMap<Object, Integer> written) {}

    /** A read in progress: the records read so far, in the order of their numbers. */
    record Reading(ModelBytes.In in, List<Object> read) {}

    private final BiPredicate<Class<?>, String> skipped;
    private final Map<List<Type>, RecordForm> records = new HashMap<>();

    /** Forms that leave out the components {@code skipped} names (by record and component name) when writing. */
    ModelForms(BiPredicate<Class<?>, String> skipped) {
        this.skipped = skipped;
    }

    /** The form of {@code type}, and of every type it declares. */
    Form of(Type type) {
        return of(type, Map.of());
    }

    private Form of(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
            return of(bindings.get(variable));
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = arguments[i] instanceof TypeVariable<?> v && bindings.containsKey(v)
                        ? bindings.get(v) : arguments[i];
            }
            if (raw == List.class) {
                return ModelContainers.list(of(arguments[0]));
            }
            if (raw == Map.class) {
                return ModelContainers.map(of(arguments[0]), of(arguments[1]));
            }
            if (raw == Optional.class) {
                return ModelContainers.optional(of(arguments[0]));
            }
            if (raw.isRecord()) {
                return record(raw, arguments);
            }
        }
        if (type instanceof Class<?> plain) {
            if (plain.isRecord() && plain.getTypeParameters().length == 0) {
                return record(plain, new Type[0]);
            }
            if (plain.isEnum()) {
                return ModelScalars.enumeration(plain.getEnumConstants());
            }
            Form scalar = ModelScalars.of(plain);
            if (scalar != null) {
                return scalar;
            }
        }
        throw new IllegalArgumentException("The snapshot of the model cannot hold a " + type.getTypeName()
                + ": give ModelForms a form for it");
    }

    private Form record(Class<?> type, Type[] arguments) {
        List<Type> key = new ArrayList<>(List.of(arguments));
        key.add(0, type);
        RecordForm known = records.get(key);
        if (known != null) {
            return known;
        }
        RecordForm form = new RecordForm(type);
        records.put(key, form); // before its components, which might declare it again
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        TypeVariable<?>[] variables = type.getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
            bindings.put(variables[i], arguments[i]);
        }
        RecordComponent[] components = type.getRecordComponents();
        form.components = new Form[components.length];
        form.accessors = new Method[components.length];
        form.skip = new boolean[components.length];
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            form.components[i] = of(components[i].getGenericType(), bindings);
            form.accessors[i] = accessible(components[i].getAccessor());
            form.skip[i] = skipped.test(type, components[i].getName());
            parameters[i] = components[i].getType();
        }
        try {
            form.constructor = accessible(type.getDeclaredConstructor(parameters));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), e);
        }
        return form;
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.trySetAccessible(); // a nested or package-private record; public members need nothing
        return member;
    }

    /**
     * A record: 0 for null, 1 and its components, or the number of a record written before plus 2. The number
     * of a record is the count of records finished before it, so it is the same for the writer and the reader.
     */
    private static final class RecordForm implements Form {

        private final Class<?> type;
        private Form[] components;
        private Method[] accessors;
        private boolean[] skip;
        private Constructor<?> constructor;

        RecordForm(Class<?> type) {
            this.type = type;
        }

        @Override
        public void write(Writing to, Object value) throws IOException {
            if (value == null) {
                to.out().unsigned(0);
                return;
            }
            Integer earlier = to.written() == null ? null : to.written().get(value);
            if (earlier != null) {
                to.out().unsigned(earlier + 2L);
                return;
            }
            to.out().unsigned(1);
            try {
                for (int i = 0; i < components.length; i++) {
                    if (!skip[i]) {
                        components[i].write(to, accessors[i].invoke(value));
                    }
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("An accessor of " + type.getName() + " failed", e);
            }
            if (to.written() != null) {
                to.written().put(value, to.written().size());
            }
        }

        @Override
        public Object read(Reading from) throws IOException {
            long tag = from.in().unsigned();
            if (tag == 0) {
                return null;
            }
            if (tag >= 2) {
                long number = tag - 2;
                Object earlier = number < from.read().size() ? from.read().get((int) number) : null;
                if (!type.isInstance(earlier)) {
                    throw new IOException("a reference to no " + type.getSimpleName() + " read before");
                }
                return earlier;
            }
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].read(from);
            }
            try {
                Object made = constructor.newInstance(values);
                from.read().add(made);
                return made;
            } catch (InvocationTargetException e) {
                throw new IOException(type.getSimpleName() + " refused what was read: " + e.getCause(), e);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("The constructor of " + type.getName() + " cannot be called", e);
            }
        }
    }
}
