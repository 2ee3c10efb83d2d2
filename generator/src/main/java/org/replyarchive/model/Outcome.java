package org.replyarchive.model;

import java.util.Objects;

/**
 * The department's classification of how a proposal was handled, from {@code registry/handling.yaml}: A 解决或采纳,
 * B 列入计划拟解决, C 留作参考. Labels are data, so an archive names its own classes.
 *
 * @param code the letter as printed in the department's statistics ({@code A})
 */
public record Outcome(String key, String code, Localized<String> name) {

    public Outcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
