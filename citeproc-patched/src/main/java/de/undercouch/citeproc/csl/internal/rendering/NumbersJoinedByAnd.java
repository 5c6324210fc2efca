/*
 * Part of the living-review project's patch 0137 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import java.util.regex.Pattern;

/**
 * PATCH 0137: whether a page, locator or number value lists numbers joined
 * by "&amp;", "and" or the locale's "and" term ("213 et 235" in French,
 * "1 &amp; 2"), which citeproc-js counts as more than one for the label's
 * plural as it counts a range or a comma-separated list.
 * @author living-review
 */
final class NumbersJoinedByAnd {
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private NumbersJoinedByAnd() {
    }

    /**
     * @param value the variable's value
     * @param localeAnd the locale's long "and" term, or {@code null}
     * @return {@code true} if at least two parts that hold a digit are
     * joined by "&amp;", "and" or the locale's term (with or without a comma
     * before it)
     */
    static boolean in(String value, String localeAnd) {
        String and = "and";
        if (localeAnd != null && !localeAnd.isBlank()) {
            and += "|" + Pattern.quote(localeAnd.strip());
        }
        String[] parts = value.split("\\s*&\\s*|,?\\s+(?:" + and + ")\\s+");
        int numbers = 0;
        for (String part : parts) {
            if (DIGIT.matcher(part).find()) {
                numbers++;
            }
        }
        return numbers > 1;
    }
}
