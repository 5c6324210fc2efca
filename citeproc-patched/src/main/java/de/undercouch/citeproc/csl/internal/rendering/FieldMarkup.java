/*
 * Part of the living-review project's patches 0035, 0061, 0062 and 0122 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.token.MarkupTextToken;
import de.undercouch.citeproc.csl.internal.token.TextToken;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rich-text markup CSL-JSON allows in a variable's value, as citeproc-js does: {@code <i>},
 * {@code <b>}, {@code <sup>}, {@code <sub>}, {@code <sc>}, {@code <span style="font-variant:small-caps;">}
 * and {@code <span class="nocase">}, and {@code <span class="nodecor">} (PATCH 0062). A tag that opens or closes nothing is text; {@code <i>}, {@code <sc>}
 * and {@code <b>} toggle the formatting of the text they are in ({@code <i>} inside italics is upright).
 */
public final class FieldMarkup {

    private static final Pattern TAG = Pattern.compile(
            "</?(?:i|b|sup|sub|sc)>|<span\\s+class=\"no(?:case|decor)\">|<span\\s+style=\"font-variant:\\s*small-caps;?\">|</span>");

    /**
     * What an opening tag does: its formatting attributes, or which of font style, variant and weight
     * (0, 1, 2) it toggles (PATCH 0061; -1 for none), and whether it keeps the case.
     */
    private record Markup(String closer, int attributes, int toggle, boolean caseKept) {
    }

    private static final Map<String, Markup> OPENERS = Map.of(
            "<i>", new Markup("</i>", 0, 0, false),
            "<b>", new Markup("</b>", 0, 2, false),
            "<sup>", new Markup("</sup>", FormattingAttributes.ofVerticalAlign(FormattingAttributes.VA_SUP), -1, true),
            "<sub>", new Markup("</sub>", FormattingAttributes.ofVerticalAlign(FormattingAttributes.VA_SUB), -1, true),
            "<sc>", new Markup("</sc>", 0, 1, true),
            "<smallcaps>", new Markup("</span>", 0, 1, true),
            "<nocase>", new Markup("</span>", 0, -1, true),
            // PATCH 0062: no decoration: upright, normal variant and weight inside what it is in, case kept
            "<nodecor>", new Markup("</span>", FormattingAttributes.ofFontStyle(FormattingAttributes.FS_NORMAL)
                    | FormattingAttributes.ofFontVariant(FormattingAttributes.FV_NORMAL)
                    | FormattingAttributes.ofFontWeight(FormattingAttributes.FW_NORMAL), -1, true));

    private FieldMarkup() {
    }

    /**
     * Splits a value into tokens by its markup
     * @param value the variable's value
     * @param formattingAttributes the formatting attributes of the element that renders it
     * @return the tokens, or an empty list if the value has no markup
     */
    static List<MarkupTextToken> tokens(String value, int formattingAttributes) {
        return tokens(value, TextToken.Type.TEXT, formattingAttributes);
    }

    /**
     * PATCH 0122: splits a cite's prefix or suffix into tokens by its markup,
     * as citeproc-js reads the markup of cite affixes
     * @param affix the prefix or suffix
     * @param type {@link TextToken.Type#PREFIX} or {@link TextToken.Type#SUFFIX}
     * @return the tokens, or an empty list if the affix has no markup
     */
    public static List<MarkupTextToken> affixTokens(String affix, TextToken.Type type) {
        return tokens(affix, type, 0);
    }

    private static List<MarkupTextToken> tokens(String value, TextToken.Type type, int formattingAttributes) {
        if (value.indexOf('<') < 0) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        List<Boolean> isTag = new ArrayList<>();
        Matcher m = TAG.matcher(value);
        int start = 0;
        while (m.find()) {
            pieces.add(value.substring(start, m.start()));
            isTag.add(false);
            pieces.add(m.group());
            isTag.add(true);
            start = m.end();
        }
        pieces.add(value.substring(start));
        isTag.add(false);
        Set<Integer> matched = matchedTags(pieces, isTag);
        if (matched.isEmpty()) {
            return List.of();
        }
        List<MarkupTextToken> tokens = new ArrayList<>();
        Deque<Markup> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (!matched.contains(i)) {
                text.append(pieces.get(i));
                continue;
            }
            if (text.length() > 0) {
                tokens.add(token(text.toString(), type, open, formattingAttributes));
                text.setLength(0);
            }
            Markup opener = OPENERS.get(key(pieces.get(i)));
            if (opener != null) {
                open.push(opener);
            } else {
                open.pop();
            }
        }
        if (text.length() > 0) {
            tokens.add(token(text.toString(), type, open, formattingAttributes));
        }
        return tokens;
    }

    /** The indexes of the tags that open and close each other. */
    private static Set<Integer> matchedTags(List<String> pieces, List<Boolean> isTag) {
        Set<Integer> matched = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (!isTag.get(i)) {
                continue;
            }
            Markup opener = OPENERS.get(key(pieces.get(i)));
            if (opener != null) {
                open.push(i);
            } else if (!open.isEmpty() && OPENERS.get(key(pieces.get(open.peek()))).closer.equals(pieces.get(i))) {
                matched.add(open.pop());
                matched.add(i);
            }
        }
        return matched;
    }

    /** The key of an opening tag in {@link #OPENERS} (the spans by what they do). */
    private static String key(String tag) {
        if (tag.startsWith("<span") && tag.contains("nocase")) {
            return "<nocase>";
        }
        if (tag.startsWith("<span") && tag.contains("nodecor")) {
            return "<nodecor>";
        }
        return tag.startsWith("<span") ? "<smallcaps>" : tag;
    }

    private static MarkupTextToken token(String text, TextToken.Type type, Deque<Markup> open, int formattingAttributes) {
        int attributes = 0;
        boolean caseKept = false;
        int[] toggles = new int[3];
        // the outermost first, so that an inner tag overrides an outer one
        List<Markup> outsideIn = new ArrayList<>(open);
        Collections.reverse(outsideIn);
        for (Markup markup : outsideIn) {
            // PATCH 0061: <i>, <sc> and <b> toggle what the text is in; the output nests them as citeproc-js
            if (markup.toggle >= 0) {
                toggles[markup.toggle]++;
            } else {
                attributes = FormattingAttributes.merge(attributes, markup.attributes);
            }
            caseKept |= markup.caseKept;
        }
        attributes |= FormattingAttributes.ofToggles(toggles[0], toggles[1], toggles[2]);
        return new MarkupTextToken(text, type, FormattingAttributes.merge(formattingAttributes, attributes), false, caseKept);
    }
}
