/*
 * Part of the living-review project's patch 0090 of citeproc-java 3.5.2 (docs/citations.md), written to
 * be offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.RenderContext;

import java.util.regex.Pattern;

/**
 * The forms of {@code cs:number} other than "numeric" — "ordinal", "long-ordinal" and "roman" — applied
 * as citeproc-js applies them (its {@code CSL.Util.Ordinalizer}, {@code LongOrdinalizer} and
 * {@code Romanizer}, citeproc-js 1.4.61) to a value that is one whole number; any other value is kept.
 */
enum NumberForm {
    NUMERIC, ORDINAL, LONG_ORDINAL, ROMAN;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\s*[0-9]{1,9}\\s*");
    private static final String[][] ROMAN_DIGITS = {
        {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"},
        {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"},
        {"", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"},
        {"", "m", "mm", "mmm", "mmmm", "mmmmm"}
    };

    /**
     * The form a {@code cs:number}'s {@code form} attribute names
     * @param form the attribute's value (may be {@code null}: "numeric")
     * @return the form
     */
    static NumberForm of(String form) {
        if (form == null) {
            return NUMERIC;
        }
        switch (form) {
            case "ordinal":
                return ORDINAL;
            case "long-ordinal":
                return LONG_ORDINAL;
            case "roman":
                return ROMAN;
            default:
                return NUMERIC;
        }
    }

    /**
     * Write a value in this form
     * @param value the variable's value
     * @param ctx the render context (its locale gives the ordinal terms)
     * @return the formatted number, or the value as given if it is not one whole number
     */
    String format(String value, RenderContext ctx) {
        if (this == NUMERIC || !WHOLE_NUMBER.matcher(value).matches()) {
            return value;
        }
        int number = Integer.parseInt(value.trim());
        switch (this) {
            case ORDINAL:
                return ordinal(number, ctx);
            case LONG_ORDINAL:
                return longOrdinal(number, ctx);
            default:
                return roman(number);
        }
    }

    /**
     * The number with its ordinal suffix, CSL 1.0.1's rules: the term "ordinal-NN" that matches the last
     * two digits (NN from 10 to 99), else the one that matches the last digit ("ordinal-0N"), else the
     * term "ordinal": "1st", "11th", "21st" in English
     * @param number the number
     * @param ctx the render context
     * @return the ordinal
     */
    static String ordinal(int number, RenderContext ctx) {
        String suffix = null;
        if (number >= 10) {
            suffix = ctx.getTerm(String.format("ordinal-%02d", number % 100));
        }
        if (suffix == null) {
            suffix = ctx.getTerm("ordinal-0" + number % 10);
        }
        if (suffix == null) {
            suffix = ctx.getTerm("ordinal");
        }
        return number + (suffix == null ? "" : suffix);
    }

    /**
     * The number as a word where the locale has one ("long-ordinal-01" to "long-ordinal-10"), else its
     * ordinal
     * @param number the number
     * @param ctx the render context
     * @return the long ordinal
     */
    static String longOrdinal(int number, RenderContext ctx) {
        String word = ctx.getTerm(String.format("long-ordinal-%02d", number));
        return word == null ? ordinal(number, ctx) : word;
    }

    /**
     * The number in lower-case roman numerals (nothing from 6000 on, as citeproc-js)
     * @param number the number
     * @return the roman numeral
     */
    static String roman(int number) {
        if (number >= 6000) {
            return "";
        }
        StringBuilder result = new StringBuilder();
        String digits = Integer.toString(number);
        for (int i = 0; i < digits.length(); ++i) {
            int place = digits.length() - 1 - i;
            result.append(ROMAN_DIGITS[place][digits.charAt(i) - '0']);
        }
        return result.toString();
    }
}
