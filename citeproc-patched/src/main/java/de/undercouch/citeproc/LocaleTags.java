/*
 * Part of the living-review project's patch 0121 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc;

import de.undercouch.citeproc.csl.internal.locale.LLocale;

/**
 * A style's or caller's language tag read as citeproc-js's {@code CSL.localeResolve} reads it.
 */
final class LocaleTags {

    /** The locale whose file serves a language that has none, as in citeproc-js. */
    static final String FALLBACK = "en-US";

    private LocaleTags() {
    }

    /**
     * The locale a language tag asks for: its language and region only
     * ("en-US-x-sort-ja-alalc97" is "en-US"), and a language alone or with a
     * private-use part its primary dialect ("de" is "de-DE"); a language
     * citeproc-java has no locale of is kept as given
     * @param lang the language tag
     * @return the locale to load
     */
    static String resolve(String lang) {
        String[] parts = lang.split("[-_]");
        String primary = LLocale.PRIMARY_DIALECTS.get(parts[0].toLowerCase());
        if (primary == null) {
            return lang;
        }
        if (parts.length == 1 || parts[1].equals("x")) {
            return primary;
        }
        return parts[0] + "-" + parts[1];
    }
}
