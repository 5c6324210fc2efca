/*
 * Part of the living-review project's patch 0099 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PATCH 0099: a page or locator value that holds a hyphen but is one page,
 * as citeproc-js reads it: a hyphen escaped with a backslash ("3\-B") is
 * part of the value and printed as a plain hyphen, and a hyphen or en dash
 * is a range (a plural label) only with a numeric unit on either side of it
 * ("Michaelson-Morely" is one page, "1-2" and "i-ix" are two).
 * @author living-review
 */
final class SingleHyphenedValue {
    private static final String ESCAPED_HYPHEN = "\\-";
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,&]");
    private static final Pattern RANGE = Pattern.compile("(.*?)\\s*[-\u2013]\\s*(.*)");
    private static final Pattern NUMERIC_UNIT = Pattern.compile(
            ".*[0-9].*|[ivxlcdm]+|[IVXLCDM]+");

    private SingleHyphenedValue() {
    }

    /**
     * @param value the variable's value
     * @return {@code true} if the value is one page or locator although a
     * hyphen is in it: no list, and an escaped hyphen or a range of which a
     * side is not a numeric unit
     */
    static boolean is(String value) {
        if (LIST_SEPARATOR.matcher(value).find()) {
            return false;
        }
        if (hasEscapedHyphen(value)) {
            return true;
        }
        Matcher m = RANGE.matcher(value.strip());
        return m.matches() && !(NUMERIC_UNIT.matcher(m.group(1)).matches()
                && NUMERIC_UNIT.matcher(m.group(2)).matches());
    }

    /**
     * @param value the variable's value
     * @return {@code true} if a hyphen in the value is escaped
     */
    static boolean hasEscapedHyphen(String value) {
        return value.contains(ESCAPED_HYPHEN);
    }

    /**
     * @param text text of a page or locator value
     * @return the text with each escaped hyphen as a plain hyphen
     */
    static String unescape(String text) {
        return text.replace(ESCAPED_HYPHEN, "-");
    }
}
