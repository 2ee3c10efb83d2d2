package org.replyarchive.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy document the replies cite, as {@code registry/documents.yaml} registers it: a 《…》 title in each
 * language, the 文号 it was issued under where it has one, and the other titles it is cited by.
 *
 * @param title the title without 《》, in Chinese and (where translated) English
 * @param docNumber the 发文字号, written with 〔〕, where the document has one
 * @param aliases other Chinese titles (without 《》) the texts cite it by: a shortened or older form
 */
public record PolicyDocument(String key, Localized<String> title, Optional<String> docNumber, List<String> aliases) {

    public PolicyDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(docNumber, "docNumber");
        aliases = List.copyOf(aliases);
    }
}
