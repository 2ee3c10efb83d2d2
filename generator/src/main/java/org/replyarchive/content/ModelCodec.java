package org.replyarchive.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.replyarchive.model.ReplyText;

/**
 * The model's records in a compact binary form, for the loaded archive kept between builds ({@link LoadSnapshot}),
 * and a digest of a part of the model ({@link #shape}).
 *
 * <p>Why not JSON data binding, as before: the snapshot is read first thing in an incremental build, in a JVM
 * that has compiled nothing yet, and compiling a general JSON parser and binder took 1.3 s of compiler time
 * (at 5,000 replies, on two cores) in a build that should take two seconds. This form follows the Java declarations ({@link ModelForms}): a record
 * is its components in declaration order, read back through its canonical constructor, which checks them again.
 * The file names no class: it can only ever make the types the declarations name.
 *
 * <p>In a snapshot, a record met again is written as a reference to the first time, so that the replies read
 * back share one instance of each registry entry, as the loaded ones do. A shape writes every value in full: it
 * must be equal for equal models whichever instances they share.
 */
final class ModelCodec<T> {

    /** The form of {@code content.snapshot}. */
    static final ModelCodec<LoadSnapshot> SNAPSHOT = new ModelCodec<>(LoadSnapshot.class, true);

    private static final Map<Class<?>, ModelCodec<?>> SHAPES = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final ModelForms.Form form;
    private final boolean sharing;

    /**
     * The form of {@code type}: with {@code sharing}, a record met again is written as a reference (a snapshot),
     * else in full (a shape).
     */
    ModelCodec(Class<T> type, boolean sharing) {
        this.type = type;
        this.sharing = sharing;
        // A shape leaves out what a body's text decides: each text's digest and the line its body starts on.
        this.form = new ModelForms((record, component) -> !sharing && record == ReplyText.class
                && (component.equals("digest") || component.equals("firstBodyLine"))).of(type);
    }

    /** Writes {@code value} to {@code out}, which it leaves open. */
    void write(T value, OutputStream out) throws IOException {
        ModelBytes.Out bytes = new ModelBytes.Out(out);
        form.write(new ModelForms.Writing(bytes, sharing ? new IdentityHashMap<>() : null), value);
        bytes.flush();
    }

    /**
     * Reads what {@link #write} wrote into a file of {@code size} bytes.
     *
     * @throws IOException when the bytes are not such a value, cut short or followed by more
     */
    T read(InputStream in, long size) throws IOException {
        ModelBytes.In bytes = new ModelBytes.In(in, size);
        Object value = form.read(new ModelForms.Reading(bytes, new ArrayList<>()));
        bytes.requireEnd();
        return type.cast(value);
    }

    /**
     * A digest of everything a part of the model ({@link org.replyarchive.model.Site},
     * {@link org.replyarchive.model.Reply}) holds except what its bodies alone decide (each text's digest and
     * the line it starts on): equal for two loads that differ only in the wording of texts.
     */
    static String shape(Object model) {
        @SuppressWarnings("unchecked")
        ModelCodec<Object> codec = (ModelCodec<Object>) SHAPES.computeIfAbsent(model.getClass(),
                type -> new ModelCodec<>(type, false));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                codec.write(model, out);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
