package org.replyarchive.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;

/**
 * How a reply is cited: in GB/T 7714-2015 form (an electronic official document, [EB/OL]), in a plain English
 * form, and as CSL-JSON and BibTeX for reference managers. Each names the issuing department, the 文号, the
 * date and the reply's permanent address. No access date: the build has no clock, and the reader adds it.
 */
public final class Citations {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Citations() {}

    /** {@code 吉林省科学技术厅. 关于……的答复: 吉科发人才〔2023〕91号[EB/OL]. (2023-05-17). https://….} */
    public static String gbt7714(Reply reply, String issuer, String url) {
        return issuer + ". " + reply.title().official() + ": " + reply.docNumber() + "[EB/OL]. (" + reply.date()
                + "). " + url + ".";
    }

    /** {@code Issuer. "Title." Document no. 吉科发…号, 17 May 2023. https://….} with the title in {@code language}. */
    public static String plain(Reply reply, Language language, String issuer, String date, String url) {
        return issuer + ". \u201C" + reply.title().orOfficial(language) + ".\u201D Document no. " + reply.docNumber()
                + ", " + date + ". " + url + ".";
    }

    /** A CSL-JSON array of one item. */
    public static String cslJson(Reply reply, Language language, String issuer, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", reply.id());
        item.put("type", "document");
        item.put("title", reply.title().orOfficial(language));
        item.put("author", List.of(Map.of("literal", issuer)));
        item.put("publisher", issuer);
        item.put("number", reply.docNumber());
        item.put("issued", Map.of("date-parts", List.of(List.of(reply.date().getYear(), reply.date().getMonthValue(),
                reply.date().getDayOfMonth()))));
        item.put("URL", url);
        item.put("language", reply.title().has(language) ? language.htmlLang() : reply.officialLanguage().htmlLang());
        try {
            return JSON.writeValueAsString(List.of(item)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a citation as CSL-JSON", e);
        }
    }

    /** A BibTeX {@code @misc} entry whose key is the reply's year and slug. */
    public static String bibtex(Reply reply, Language language, String issuer, String url) {
        return "@misc{" + ("reply" + reply.year() + reply.slug()).replaceAll("[^A-Za-z0-9]", "") + ",\n"
                + "  author = {{" + escape(issuer) + "}},\n"
                + "  title = {{" + escape(reply.title().orOfficial(language)) + "}},\n"
                + "  number = {" + escape(reply.docNumber()) + "},\n"
                + "  date = {" + reply.date() + "},\n"
                + "  year = {" + reply.date().getYear() + "},\n"
                + "  url = {" + url + "},\n"
                + "  langid = {" + (reply.title().has(language) ? language.htmlLang() : reply.officialLanguage()
                        .htmlLang()) + "}\n"
                + "}\n";
    }

    /** BibTeX's special characters made literal, so a title cannot end a field or start a command. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '_', '$' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
