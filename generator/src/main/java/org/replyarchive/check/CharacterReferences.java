package org.replyarchive.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the character references ({@code &amp;}, {@code &#x4E2D;}) an attribute value may hold. */
final class CharacterReferences {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private CharacterReferences() {}

    /** Decodes the character references an attribute value may hold; others are left as written. */
    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher m = ENTITY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(entity);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        try {
            boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
            int cp = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "&" + entity + ";";
        } catch (NumberFormatException e) {
            return "&" + entity + ";";
        }
    }
}
