package org.livingreview.manuscript.text;

import java.util.regex.Pattern;

/**
 * Escapes plain text for Markdown so that it renders as itself, with as few backslashes as the syntax
 * needs: emphasis and link characters always, {@code _} only at word edges, {@code &} only where it
 * would start an entity, and block markers only at the start of the text.
 */
public final class MarkdownText {

    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern MARKER_START = Pattern.compile("^(\\s*)([#+=-])(?=\\s|$)");
    private static final Pattern NUMBER_START = Pattern.compile("^(\\s*\\d+)([.)])(?=\\s|$)");

    private MarkdownText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '`', '[', ']', '<', '>', '|', '~' -> out.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i < text.length() - 1
                            && Character.isLetterOrDigit(text.charAt(i - 1))
                            && Character.isLetterOrDigit(text.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
        escaped = MARKER_START.matcher(escaped).replaceFirst("$1\\\\$2");
        return NUMBER_START.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
