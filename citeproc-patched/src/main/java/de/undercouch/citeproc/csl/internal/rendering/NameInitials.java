/*
 * Part of the living-review project's patches 0020-0022 and 0029 of citeproc-java 3.5.2 (docs/citations.md), written to
 * be offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initials of given names, and the normalised form of given names and suffixes, made as citeproc-js makes
 * them (its {@code CSL.Util.Names.initializeWith}, citeproc-js 1.4.61): names in Latin, Greek, Cyrillic,
 * Hebrew, Arabic and Thai script are initialised; a part after a hyphen that starts in lower case is not
 * an initial ("Ji-woo" gives "J." with hyphens, "J woo" without); any white space, the no-break space
 * included, separates parts; a part that starts with neither letter nor capital, such as "(Michael)", is
 * kept as written. The style's {@code initialize-with-hyphen="false"} turns hyphens into spaces first.
 * Also citeproc-js's test of whether a name is written in one of these scripts.
 */
final class NameInitials {

    /** JavaScript's {@code \s}, which citeproc-js splits and collapses names on. */
    private static final String SPACE = "\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
    private static final String SCRIPT_LETTERS = "a-zA-Z\\u0e01-\\u0e5b\\u00c0-\\u017f\\u0370-\\u03ff\\u0400-\\u052f"
            + "\\u0590-\\u05d4\\u05d6-\\u05ff\\u1f00-\\u1fff\\u0600-\\u06ff\\u200c\\u200d\\u200e\\u0218\\u0219\\u021a\\u021b"
            + "\\u202a-\\u202e";
    private static final Pattern STARTS_WITH_SCRIPT_LETTER = Pattern.compile("^[&" + SCRIPT_LETTERS + "]");
    private static final Pattern CONTAINS_SCRIPT_CHARACTER = Pattern.compile("[-0-9" + SCRIPT_LETTERS + "]");
    private static final Pattern NAME_INITIAL = Pattern.compile("^([A-Z\\u0e01-\\u0e5b\\u00c0-\\u017f\\u0400-\\u042f"
            + "\\u0590-\\u05d4\\u05d6-\\u05ff\\u0600-\\u06ff\\u0370\\u0372\\u0376\\u0386\\u0388-\\u03ab\\u03e2\\u03e4"
            + "\\u03e6\\u03e8\\u03ea\\u03ec\\u03ee\\u03f4\\u03f7\\u03fd-\\u03ff])([a-zA-Z\\u0e01-\\u0e5b\\u00c0-\\u017f"
            + "\\u0400-\\u052f\\u0600-\\u06ff\\u0370-\\u03ff\\u1f00-\\u1fff]*|)(\\.)*");
    private static final Pattern SEPARATOR = Pattern.compile("[-" + SPACE + "]+");
    private static final Pattern SPACES = Pattern.compile("[" + SPACE + "]+");
    private static final Pattern HYPHEN_WITH_SPACES = Pattern.compile("[" + SPACE + "]*-[" + SPACE + "]*");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[\\t\\n\\u000b\\f\\r \\ufeff\\u00a0]+$");
    private static final Pattern ASCII_SPACES = Pattern.compile("[\\t\\n\\u000b\\f\\r ]+");
    /** A hyphen before a lower-case part, which citeproc-js hides from splitting as an en dash. */
    private static final Pattern HYPHEN_BEFORE_LOWER_CASE = Pattern.compile("-([a-z])");
    private static final Pattern HIDDEN_HYPHEN = Pattern.compile("\u2013([a-z])");
    private static final Pattern LAST_PERIOD = Pattern.compile("^(.*)\\.(.*)$");

    private NameInitials() {
    }

    /**
     * PATCH 0029: whether a name part has a character of the scripts whose names are initialised and
     * written given name first (citeproc-js's {@code ROMANESQUE_REGEXP}); a Chinese, Japanese or Korean
     * family name has none
     * @param namePart the name part
     * @return {@code true} if it has such a character
     */
    static boolean isRomanesque(String namePart) {
        return CONTAINS_SCRIPT_CHARACTER.matcher(namePart).find();
    }

    /**
     * PATCH 0029: whether a name part starts with a letter of those scripts
     * @param namePart the name part
     * @return {@code true} if it does
     */
    static boolean startsRomanesque(String namePart) {
        return STARTS_WITH_SCRIPT_LETTER.matcher(namePart).find();
    }

    /**
     * Initialises a given name ("Ji-woo Min" with ". " gives "J. M.")
     * @param name the given name
     * @param terminator the style's {@code initialize-with}
     * @param hyphen the style's {@code initialize-with-hyphen}
     * @return the initials
     */
    static String initialize(String name, String terminator, boolean hyphen) {
        List<String> parts = split(name, hyphen);
        return parts == null ? name : initialize(parts, terminator);
    }

    /**
     * Normalises a given name or suffix as {@code initialize="false"} asks: only its initials and
     * abbreviations get the terminator ("J.R.R." with "" gives "JRR", "Jr." gives "Jr")
     * @param name the given name or suffix
     * @param terminator the style's {@code initialize-with}
     * @param hyphen the style's {@code initialize-with-hyphen}
     * @return the normalised name
     */
    static String normalize(String name, String terminator, boolean hyphen) {
        List<String> parts = split(name, hyphen);
        return parts == null ? name : normalize(parts, terminator);
    }

    /**
     * The name's parts and the separators between them (even indexes hold parts), or {@code null} if the
     * name is not initialised at all
     */
    private static List<String> split(String name, boolean hyphen) {
        if (name.isEmpty() || name.equals("Lord") || name.equals("Lady")
                || !STARTS_WITH_SCRIPT_LETTER.matcher(name).find()) {
            return null;
        }
        String n = hyphen ? name : name.replace('-', ' ');
        n = SPACES.matcher(HYPHEN_WITH_SPACES.matcher(n).replaceAll("-")).replaceAll(" ");
        n = HYPHEN_BEFORE_LOWER_CASE.matcher(n).replaceAll("\u2013$1");
        StringBuilder spaced = new StringBuilder(n);
        for (int i = spaced.length() - 2; i >= 0; i--) {
            if (spaced.charAt(i) == '.' && spaced.charAt(i + 1) != ' ') {
                spaced.insert(i + 1, ' ');
            }
        }
        List<String> parts = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(spaced);
        int start = 0;
        while (separator.find()) {
            parts.add(spaced.substring(start, separator.start()));
            parts.add(separator.group());
            start = separator.end();
        }
        parts.add(spaced.substring(start));
        if (parts.size() == 1) {
            String first = parts.get(0);
            String afterLastPeriod = first.substring(first.lastIndexOf('.') + 1);
            if (afterLastPeriod.length() == 1 && !afterLastPeriod.equals(afterLastPeriod.toLowerCase(Locale.ROOT))) {
                parts.set(0, first + ".");
            }
        }
        return parts;
    }

    private static String initialize(List<String> parts, String terminator) {
        int count = parts.size();
        for (int i = 0; i < count; i += 2) {
            String part = parts.get(i);
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = NAME_INITIAL.matcher(part);
            boolean matched = m.find();
            String initial = matched ? m.group(1) : null;
            String rest = matched ? m.group(2) : null;
            boolean abbreviated = matched && m.group(3) != null;
            if (abbreviated && !rest.isEmpty()) {
                // an abbreviation such as "Th." keeps its letters
                initial = initial + rest;
                rest = "";
            }
            if (matched && isCapital(initial.substring(0, 1))) {
                parts.set(i, initial + capitalsOf(rest));
                if (i < count - 1) {
                    parts.set(i + 1, parts.get(i + 1).contains("-") ? terminator + "-" : terminator);
                } else {
                    parts.add(terminator);
                }
            } else if (CONTAINS_SCRIPT_CHARACTER.matcher(part).find() && !abbreviated) {
                parts.set(i, " " + part);
            }
        }
        return clean(String.join("", parts));
    }

    /**
     * The capitals that start the rest of a part after its initial, in lower case, if not all of it is
     * capitals ("JOhn" keeps "Jo"; "JR" and "John" keep "J")
     */
    private static String capitalsOf(String rest) {
        int capitals = 0;
        while (capitals < rest.length() && isCapital(rest.substring(capitals, capitals + 1))) {
            capitals++;
        }
        return capitals < rest.length() ? rest.substring(0, capitals).toLowerCase(Locale.ROOT) : "";
    }

    /** Whether a character is unchanged in upper case, as citeproc-js tests for capitals. */
    private static boolean isCapital(String character) {
        return character.equals(character.toUpperCase(Locale.ROOT));
    }

    private static String normalize(List<String> parts, String terminator) {
        int count = parts.size();
        boolean[] abbreviation = new boolean[count];
        for (int i = 0; i < count; i++) {
            String part = parts.get(i);
            if (part.length() > 1 && part.endsWith(".")) {
                parts.set(i, LAST_PERIOD.matcher(part).replaceFirst("$1$2"));
                abbreviation[i] = true;
            } else {
                abbreviation[i] = part.length() == 1 && isCapital(part);
            }
        }
        for (int i = 0; i < count; i += 2) {
            if (!abbreviation[i]) {
                continue;
            }
            if (i < count - 2) {
                String separator = abbreviation[i + 2] ? parts.get(i + 1) : parts.get(i + 1) + " ";
                parts.set(i + 1, parts.get(i + 2).length() > 1
                        ? terminator.replaceFirst("\ufeff$", "") + separator : terminator);
            }
            if (i == count - 1) {
                parts.set(i, parts.get(i) + terminator);
            }
        }
        return clean(String.join("", parts));
    }

    private static String clean(String joined) {
        String s = TRAILING_SPACE.matcher(joined).replaceAll("");
        s = HYPHEN_WITH_SPACES.matcher(s).replaceAll("-");
        s = ASCII_SPACES.matcher(s).replaceAll(" ");
        return HIDDEN_HYPHEN.matcher(s).replaceAll("-$1");
    }
}
