/*
 * Part of the living-review project's patches 0031 and 0060 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.behavior;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.SmartQuotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flips the quotation marks inside a text that {@code quotes="true"} puts in quotation marks, as citeproc-js
 * does: a quotation in it takes the locale's inner quotation marks, one nested in that the outer ones again
 * ("Clonal evolution under "targeted" therapy" becomes “Clonal evolution under ‘targeted’ therapy”). Straight
 * quotation marks and “…” are read as quotations; ‘…’ only inside another quotation; an apostrophe between
 * letters or digits and a mark that opens or closes nothing stay as they are. Outside such a text, a straight
 * quotation in a piece of text takes the outer marks, one nested in it the inner ones (patch 0060).
 */
public final class QuotesInQuotes {

    private enum Kind { DOUBLE, SINGLE }

    /** A quotation mark found open: where it is and its kind. */
    private record Open(int token, int index, Kind kind) {
    }

    private final List<Token> tokens;
    private final String[] marks;
    private final Map<Integer, Map<Integer, String>> replacements = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    /** 0 inside quotes="true" (the first quotation takes the inner marks), 1 outside (the outer ones). */
    private final int level;

    private QuotesInQuotes(List<Token> tokens, RenderContext ctx, int level) {
        this.tokens = tokens;
        this.level = level;
        this.marks = new String[] {ctx.getTerm("open-inner-quote"), ctx.getTerm("close-inner-quote"),
                ctx.getTerm("open-quote"), ctx.getTerm("close-quote")};
    }

    /**
     * Flips the quotation marks in the text tokens of a buffer that is to be put in quotation marks
     * @param buffer the rendered text
     * @param ctx the render context (for the locale's quotation marks)
     * @return a buffer with the flipped marks
     */
    static TokenBuffer flip(TokenBuffer buffer, RenderContext ctx) {
        return new QuotesInQuotes(buffer.getTokens(), ctx, 0).flip();
    }

    /**
     * PATCH 0060: flips the straight quotation marks of each text, prefix and suffix outside quotes="true",
     * as citeproc-js's flip-flopper does with a field's value: the first quotation takes the locale's outer
     * marks ("'Nobody knows'" becomes “Nobody knows”), one nested in it the inner ones
     * @param tokens the rendered tokens, changed in place
     * @param ctx the render context (for the locale's quotation marks)
     */
    public static void flipOutsideQuotes(List<Token> tokens, RenderContext ctx) {
        int nested = 0;
        List<Integer> run = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (!(tokens.get(t) instanceof TextToken)) {
                continue;
            }
            TextToken token = (TextToken) tokens.get(t);
            TextToken.Type type = token.getType();
            if (nested == 0 && type == TextToken.Type.TEXT) {
                run.add(t);
                continue;
            }
            flipRun(tokens, run, ctx);
            if (type == TextToken.Type.OPEN_QUOTE) {
                nested++;
            } else if (type == TextToken.Type.CLOSE_QUOTE) {
                nested--;
            } else if (nested == 0 && hasStraightQuote(token.getText())
                    && (type == TextToken.Type.PREFIX || type == TextToken.Type.SUFFIX)) {
                tokens.set(t, new QuotesInQuotes(List.of(token), ctx, 1).flip().getTokens().get(0));
            }
        }
        flipRun(tokens, run, ctx);
    }

    /**
     * PATCH 0065: flips a run of text tokens as one text, as citeproc-js flips a value with markup in it: a
     * quotation whose marks are on either side of the markup ("(\"<i>My Title</i>\")") is one quotation
     * @param tokens the rendered tokens, changed in place
     * @param run the indexes of adjacent text tokens, emptied
     * @param ctx the render context (for the locale's quotation marks)
     */
    private static void flipRun(List<Token> tokens, List<Integer> run, RenderContext ctx) {
        if (run.stream().anyMatch(t -> hasStraightQuote(((TextToken) tokens.get(t)).getText()))) {
            List<Token> texts = run.stream().map(tokens::get).toList();
            List<Token> flipped = new QuotesInQuotes(texts, ctx, 1).flip().getTokens();
            for (int k = 0; k < run.size(); k++) {
                tokens.set(run.get(k), flipped.get(k));
            }
        }
        run.clear();
    }

    /**
     * PATCH 0066: applies smart quotes to a text whose quotations have been flipped, leaving each straight double
     * quotation mark that is left (one that opens or closes nothing) straight, as citeproc-js's flip-flopper does:
     * Nation of "Positive Obligations " of State
     * @param smartQuotes the smart quotes of the locale
     * @param text the text
     * @return the text with curly apostrophes and single marks, and its orphan double marks straight
     */
    public static String applyKeepingOrphanQuotes(SmartQuotes smartQuotes, String text) {
        if (text.indexOf('"') < 0) {
            return smartQuotes.apply(text);
        }
        return smartQuotes.apply(text.replace('"', ORPHAN)).replace(ORPHAN, '"');
    }

    /** PATCH 0066: stands for an orphan straight double quotation mark while smart quotes run (private use). */
    private static final char ORPHAN = '\uE000';

    private static boolean hasStraightQuote(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\'') >= 0;
    }

    private TokenBuffer flip() {
        int nested = 0;
        char previous = ' ';
        for (int t = 0; t < tokens.size(); t++) {
            if (!(tokens.get(t) instanceof TextToken)) {
                continue;
            }
            TextToken token = (TextToken) tokens.get(t);
            // a quotation of its own inside (quotes="true" nested) has been flipped by its own Quotes
            if (token.getType() == TextToken.Type.OPEN_QUOTE) {
                nested++;
            } else if (token.getType() == TextToken.Type.CLOSE_QUOTE) {
                nested--;
            } else if (nested == 0 && (token.getType() == TextToken.Type.TEXT || level == 1)) {
                String s = token.getText();
                for (int i = 0; i < s.length(); i++) {
                    char next = i + 1 < s.length() ? s.charAt(i + 1) : nextInRun(t);
                    mark(t, i, previous, s.charAt(i), next);
                    previous = s.charAt(i);
                }
            }
        }
        TokenBuffer result = new TokenBuffer();
        for (int t = 0; t < tokens.size(); t++) {
            Map<Integer, String> replaced = replacements.get(t);
            if (replaced == null) {
                result.append(tokens.get(t));
                continue;
            }
            TextToken token = (TextToken) tokens.get(t);
            StringBuilder sb = new StringBuilder();
            String s = token.getText();
            for (int i = 0; i < s.length(); i++) {
                sb.append(replaced.getOrDefault(i, String.valueOf(s.charAt(i))));
            }
            result.append(token.copyWithText(sb.toString()));
        }
        return result;
    }

    /**
     * PATCH 0065: the character after a text token: outside quotes="true" the first of the next text token of the
     * run (a quotation mark before markup opens), else a space
     */
    private char nextInRun(int token) {
        if (level == 1 && token + 1 < tokens.size() && tokens.get(token + 1) instanceof TextToken) {
            String next = ((TextToken) tokens.get(token + 1)).getText();
            if (!next.isEmpty()) {
                return next.charAt(0);
            }
        }
        return ' ';
    }

    private void mark(int token, int index, char previous, char c, char next) {
        boolean opens = !Character.isLetterOrDigit(previous) && !Character.isWhitespace(next);
        boolean apostrophe = Character.isLetterOrDigit(previous) && Character.isLetterOrDigit(next);
        if (c == '"' || c == '\u201D') {
            // PATCH 0066: outside quotes="true" a straight mark after a space closes nothing
            boolean closes = !(level == 1 && c == '"' && Character.isWhitespace(previous));
            if (closes && !open.isEmpty() && open.peek().kind == Kind.DOUBLE) {
                close(token, index);
            } else if (c == '"' && opens) {
                open.push(new Open(token, index, Kind.DOUBLE));
            }
        } else if (c == '\u201C') {
            open.push(new Open(token, index, Kind.DOUBLE));
        } else if ((c == '\'' || c == '\u2019') && !apostrophe) {
            if (!open.isEmpty() && open.peek().kind == Kind.SINGLE) {
                close(token, index);
            } else if (c == '\'' && opens) {
                open.push(new Open(token, index, Kind.SINGLE));
            }
        } else if (c == '\u2018' && !open.isEmpty()) {
            open.push(new Open(token, index, Kind.SINGLE));
        }
    }

    /** Closes the innermost quotation: level 0 takes the inner marks, level 1 the outer ones, and so on. */
    private void close(int token, int index) {
        Open opener = open.pop();
        int outer = (open.size() + level) % 2 == 0 ? 0 : 2;
        replacements.computeIfAbsent(opener.token, k -> new HashMap<>()).put(opener.index, marks[outer]);
        replacements.computeIfAbsent(token, k -> new HashMap<>()).put(index, marks[outer + 1]);
    }
}
