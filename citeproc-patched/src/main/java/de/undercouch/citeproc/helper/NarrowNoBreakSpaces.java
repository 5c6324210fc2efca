/*
 * Part of the living-review project's patch 0036 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.helper;

import java.util.regex.Pattern;

/**
 * Makes the space before ":", ";", "?", "!" and "»", and after "«", in a rendered text a narrow no-break
 * space (U+202F), as citeproc-js does in every locale ("kinase : revue" becomes "kinase\u202F: revue").
 */
public final class NarrowNoBreakSpaces {
    private static final Pattern BEFORE = Pattern.compile(" ([:;?!\u00BB])");
    private static final Pattern AFTER = Pattern.compile("\u00AB ");

    private NarrowNoBreakSpaces() {
    }

    /**
     * Applies the narrow no-break spaces
     * @param str the text
     * @return the text with narrow no-break spaces
     */
    public static String apply(String str) {
        if (str.indexOf(' ') < 0) {
            return str;
        }
        return AFTER.matcher(BEFORE.matcher(str).replaceAll("\u202F$1")).replaceAll("\u00AB\u202F");
    }
}
