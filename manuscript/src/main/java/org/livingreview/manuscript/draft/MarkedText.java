package org.livingreview.manuscript.draft;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown the marked-up draft shows with its changes in place: the new text with the words deleted from
 * the old one in {@code <del>} and those inserted in {@code <ins>}. Unlike {@link
 * org.livingreview.manuscript.versions.WordDiff}, which marks plain text, the words here are Markdown as
 * written (a formatted citation or placed claim is one word), kept with the whitespace before them, so
 * paragraphs and line breaks stay where they are; no mark spans a line break.
 */
final class MarkedText {

    private static final Pattern WORD = Pattern.compile("(\\s*)(\\S+)");
    private static final String DEL = "del";
    private static final String INS = "ins";

    private MarkedText() {
    }

    /** A word of Markdown (or a whole citation or claim), with the whitespace before it. */
    record Token(String space, String text) {
    }

    /** Collects the tokens of a text written in pieces: Markdown to split into words, and whole words. */
    static final class Tokens {

        private final List<Token> tokens = new ArrayList<>();
        private String space = "";

        /** Adds the words of {@code markdown}; whitespace at its end goes before the next word. */
        Tokens words(String markdown) {
            Matcher m = WORD.matcher(markdown);
            int end = 0;
            while (m.find()) {
                tokens.add(new Token(space + m.group(1), m.group(2)));
                space = "";
                end = m.end();
            }
            space += markdown.substring(end);
            return this;
        }

        /** Adds {@code markdown} as one word (nothing when it is empty). */
        Tokens whole(String markdown) {
            if (!markdown.isEmpty()) {
                tokens.add(new Token(space, markdown));
                space = "";
            }
            return this;
        }

        List<Token> list() {
            return List.copyOf(tokens);
        }
    }

    /** The tokens of {@code markdown}, split at whitespace. */
    static List<Token> words(String markdown) {
        return new Tokens().words(markdown).list();
    }

    /** The text of {@code after} with the changes from {@code before} marked, trimmed. */
    static String mark(List<Token> oldText, List<Token> newText) {
        List<Token> before = spaced(oldText);
        List<Token> after = spaced(newText);
        List<String> from = before.stream().map(Token::text).toList();
        List<String> to = after.stream().map(Token::text).toList();
        StringBuilder out = new StringBuilder();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            List<Token> deleted = before.subList(delta.getSource().getPosition(),
                    delta.getSource().getPosition() + delta.getSource().size());
            List<Token> inserted = after.subList(delta.getTarget().getPosition(),
                    delta.getTarget().getPosition() + delta.getTarget().size());
            switch (delta.getType()) {
                case EQUAL -> inserted.forEach(t -> append(out, t));
                case DELETE -> marked(out, deleted, DEL);
                case INSERT -> marked(out, inserted, INS);
                case CHANGE -> {
                    marked(out, deleted, DEL);
                    marked(out, inserted, INS);
                }
            }
        }
        return out.toString().strip();
    }

    /** Whether the two texts hold different words. */
    static boolean differ(List<Token> before, List<Token> after) {
        return !before.stream().map(Token::text).toList().equals(after.stream().map(Token::text).toList());
    }

    /** The tokens in {@code <tag>}, the mark closed before each line break and opened again after it. */
    private static void marked(StringBuilder out, List<Token> tokens, String tag) {
        boolean open = false;
        for (Token token : tokens) {
            if (open && token.space().contains("\n")) {
                out.append("</").append(tag).append('>');
                open = false;
            }
            out.append(token.space());
            if (!open) {
                out.append('<').append(tag).append('>');
                open = true;
            }
            out.append(token.text());
        }
        if (open) {
            out.append("</").append(tag).append('>');
        }
    }

    private static void append(StringBuilder out, Token token) {
        out.append(token.space()).append(token.text());
    }

    /** The tokens with a space before the first, which then separates it from a mark before it. */
    private static List<Token> spaced(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).space().isEmpty()) {
            return tokens;
        }
        List<Token> spaced = new ArrayList<>(tokens);
        spaced.set(0, new Token(" ", tokens.get(0).text()));
        return spaced;
    }
}
