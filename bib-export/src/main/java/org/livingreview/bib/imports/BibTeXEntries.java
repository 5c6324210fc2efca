package org.livingreview.bib.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits BibTeX text into its entries the way BibTeX reads a file: text outside entries is a comment (Cochrane's
 * "Record #1 of 56", a {@code %} line), an entry runs from {@code @type{} to its matching brace, and an entry
 * whose braces never close ends where the next entry starts on a line of its own, so that one broken entry does
 * not take the rest of the file with it.
 */
final class BibTeXEntries {

    private static final Pattern START = Pattern.compile("@\\s*([A-Za-z][\\w-]*)\\s*([{(])");
    private static final Pattern LINE_START = Pattern.compile("(?m)^[ \\t]*@\\s*[A-Za-z][\\w-]*\\s*[{(]");

    /**
     * One entry: its lower-case type, its key as written (null for {@code @string}, {@code @preamble} and
     * {@code @comment}), the text of its fields after the key, the line it starts on, and whether it closes.
     */
    record Chunk(String type, String key, String body, int line, boolean closed) {

        /** How deep the braces of the body nest (0 for none). */
        int nesting() {
            int depth = 0;
            int deepest = 0;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                deepest = Math.max(deepest, depth);
            }
            return deepest;
        }
    }

    private BibTeXEntries() {
    }

    static List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        Matcher start = START.matcher(text);
        Matcher nextLine = LINE_START.matcher(text);
        int position = 0;
        int line = 1;
        int lineCounted = 0;
        while (start.find(position)) {
            line += count(text, lineCounted, start.start());
            lineCounted = start.start();
            String type = start.group(1).toLowerCase(Locale.ROOT);
            char close = start.group(2).equals("{") ? '}' : ')';
            int bodyStart = start.end();
            int limit = nextLine.find(bodyStart) ? nextLine.start() : text.length();
            int end = closingAt(text, bodyStart, limit, close);
            boolean closed = end >= 0;
            int bodyEnd = closed ? end : limit;
            String inside = text.substring(bodyStart, bodyEnd);
            if (type.equals("comment")) {
                position = closed ? end + 1 : limit;
                continue;
            }
            String key = null;
            String body = inside;
            if (!type.equals("string") && !type.equals("preamble")) {
                int comma = inside.indexOf(',');
                key = (comma < 0 ? inside : inside.substring(0, comma)).strip();
                body = comma < 0 ? "" : inside.substring(comma + 1);
            }
            chunks.add(new Chunk(type, key, body, line, closed));
            position = closed ? end + 1 : limit;
        }
        return chunks;
    }

    /** Where the entry opened before {@code from} closes, before {@code limit}; -1 when it does not. */
    private static int closingAt(String text, int from, int limit, char close) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return close == '}' ? i : -1;
                }
                depth--;
            } else if (c == close && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
