/*
 * Part of the living-review project's patch 0138 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.internal.locale.LTerm;

/**
 * PATCH 0138: the form a term falls back to where the locale does not
 * define it in the form asked for, as the CSL specification says and
 * citeproc-js does: "verb-short" falls back to "verb", "symbol" to
 * "short", "verb" and "short" to "long" (the reviewed author's "by" for
 * {@code <label form="verb-short"/>}, which en-US defines only as a verb).
 * @author living-review
 */
final class TermFormFallback {
    private TermFormFallback() {
    }

    /**
     * @param form the form asked for
     * @return the form to try next, or {@code null} after "long"
     */
    static LTerm.Form of(LTerm.Form form) {
        switch (form) {
            case VERB_SHORT:
                return LTerm.Form.VERB;
            case SYMBOL:
                return LTerm.Form.SHORT;
            case VERB:
            case SHORT:
                return LTerm.Form.LONG;
            default:
                return null;
        }
    }
}
