/*
 * Patched copy of de/undercouch/citeproc/csl/internal/locale/LStyleOptions.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.locale;

import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

/**
 * Global style rendering options
 * @author Michel Kraemer
 */
public class LStyleOptions {
    /**
     * Default options
     */
    public static final LStyleOptions DEFAULT = new LStyleOptions();

    private final boolean punctuationInQuote;
    // PATCH 0094: limit-day-ordinals-to-day-1 (released 3.5.2 ignored it)
    private final boolean limitDayOrdinalsToDay1;

    /**
     * Default constructor
     */
    public LStyleOptions() {
        punctuationInQuote = false;
        limitDayOrdinalsToDay1 = false;
    }

    /**
     * Parses the style options from an XML node
     * @param node the XML node
     */
    public LStyleOptions(Node node) {
        punctuationInQuote = Boolean.parseBoolean(NodeHelper.getAttrValue(
                node, "punctuation-in-quote"));
        limitDayOrdinalsToDay1 = Boolean.parseBoolean(NodeHelper.getAttrValue(
                node, "limit-day-ordinals-to-day-1"));
    }

    /**
     * Returns the punctuation-in-quote flag
     * @return {@code true} if dots and commas should be rendered inside quotes
     */
    public boolean isPunctuationInQuote() {
        return punctuationInQuote;
    }

    /**
     * PATCH 0094: returns the limit-day-ordinals-to-day-1 flag
     * @return {@code true} if only the first day of a month is written as
     * an ordinal where a date-part's form is "ordinal"
     */
    public boolean isLimitDayOrdinalsToDay1() {
        return limitDayOrdinalsToDay1;
    }
}
