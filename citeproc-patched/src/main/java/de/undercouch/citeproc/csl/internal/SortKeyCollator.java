/*
 * PATCH 0040 (new class; Apache License 2.0 like citeproc-java): part of the living-review project's patches of
 * citeproc-java 3.5.2, described in docs/citations.md; citeproc-patched/patches/ holds them as diffs.
 */
package de.undercouch.citeproc.csl.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.Locale;

/**
 * Compares sort key values as citeproc-js does: with the locale's ICU
 * collation, ignoring case, accents, white space and punctuation, numbers
 * compared by their value, and every space of the value turned into a
 * separator that sorts before any letter or digit (so "de Bruijn" sorts
 * before "Dean", and "Dale" before "Dalebout").
 * @author living-review
 */
public class SortKeyCollator implements Comparator<String> {
    /**
     * What citeproc-js puts in place of each space of a sort key, and after it
     */
    private static final String SEPARATOR = "|";

    private final Locale locale;
    private final RuleBasedCollator collator;

    /**
     * Creates a collator for the given locale
     * @param locale the locale whose alphabet orders the letters
     */
    public SortKeyCollator(Locale locale) {
        this.locale = locale;
        collator = (RuleBasedCollator) Collator.getInstance(ULocale.forLocale(locale));
        collator.setStrength(Collator.PRIMARY);
        collator.setAlternateHandlingShifted(true);
        collator.setNumericCollation(true);
        collator.freeze();
    }

    @Override
    public int compare(String a, String b) {
        return collator.compare(separated(a), separated(b));
    }

    private String separated(String key) {
        return key.replace(" ", SEPARATOR).toLowerCase(locale) + SEPARATOR;
    }
}
