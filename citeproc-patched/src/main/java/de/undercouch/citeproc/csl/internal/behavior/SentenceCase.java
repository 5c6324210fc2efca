/*
 * Part of the living-review project's patch 0125 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.behavior;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSL's {@code text-case="sentence"} as citeproc-js's {@code sentence} formatter applies it: the first word
 * gets a capital first letter (a lone Greek letter excepted), every other word is lowercased; pieces in
 * no-case markup are kept as written and do not count as the first word.
 */
final class SentenceCase {

    private SentenceCase() {
    }

    /**
     * Applies sentence case to the pieces of one text
     * @param texts the pieces
     * @param kept for each piece, whether it keeps its case
     * @param locale the locale whose rules lowercase and uppercase follow
     * @return the cased pieces
     */
    static List<String> apply(List<String> texts, List<Boolean> kept, Locale locale) {
        List<String> result = new ArrayList<>(texts.size());
        boolean first = true;
        for (int i = 0; i < texts.size(); i++) {
            if (kept.get(i)) {
                result.add(texts.get(i));
                continue;
            }
            String[] words = texts.get(i).split(" ", -1);
            for (int w = 0; w < words.length; w++) {
                if (words[w].isEmpty()) {
                    continue;
                }
                if (first) {
                    words[w] = capitalise(words[w], locale);
                    first = false;
                } else {
                    words[w] = words[w].toLowerCase(locale);
                }
            }
            result.add(String.join(" ", words));
        }
        return result;
    }

    private static String capitalise(String word, Locale locale) {
        int start = 0;
        while (start < word.length() && Character.isWhitespace(word.charAt(start))) {
            start++;
        }
        if (start == word.length()) {
            return word;
        }
        int end = word.offsetByCodePoints(start, 1);
        int c = word.codePointAt(start);
        if (c >= 0x370 && c <= 0x3FF && end == word.length()) {
            return word;
        }
        return word.substring(0, start) + word.substring(start, end).toUpperCase(locale) + word.substring(end);
    }
}
