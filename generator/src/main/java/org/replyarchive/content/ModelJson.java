package org.replyarchive.content;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Session;
import org.replyarchive.model.Site;
import org.replyarchive.model.Topic;

/**
 * The model's records as JSON, for the loaded archive kept between builds ({@link LoadSnapshot}). Data binding
 * suits here what it does not suit reading the content (see the package): the input is our own output, so a
 * mismatch only means "load again". Records are written field by field and read through their canonical
 * constructors, which check them again; a registry entry is written once and referred to by key after, so
 * that the replies read back share one instance of each.
 */
final class ModelJson {

    /** The same mapper for every build: building one costs more than a small archive's whole snapshot. */
    static final ObjectMapper MAPPER = mapper(false);
    /** Writes the model without what a body's text decides (see {@link #shape}); made on first use only. */
    private static final class Shape {
        static final ObjectMapper MAPPER = mapper(true);
    }

    private ModelJson() {}

    // One scope per registry: a department and a topic may share a key.
    @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "key", scope = Session.class)
    private interface SessionByKey {}

    @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "key",
            scope = Department.class)
    private interface DepartmentByKey {}

    @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "key", scope = Proposer.class)
    private interface ProposerByKey {}

    @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "key", scope = Topic.class)
    private interface TopicByKey {}

    @JsonIgnoreProperties({"digest", "firstBodyLine"})
    private interface WithoutBodyFacts {}

    private static ObjectMapper mapper(boolean withoutBodies) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Fields and canonical constructors only: methods such as ReplyText.isBody() are not data.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        builder.addMixIn(Session.class, SessionByKey.class).addMixIn(Department.class, DepartmentByKey.class)
                .addMixIn(Proposer.class, ProposerByKey.class).addMixIn(Topic.class, TopicByKey.class);
        if (withoutBodies) {
            builder.addMixIn(ReplyText.class, WithoutBodyFacts.class);
        }
        return builder.build();
    }

    /**
     * A digest of everything a part of the model ({@link Site}, {@link org.replyarchive.model.Reply}) holds except
     * what its bodies alone decide (each text's digest and the line it starts on): equal for two loads that
     * differ only in the wording of texts.
     */
    static String shape(Object model) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                Shape.MAPPER.writeValue(out, model);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
