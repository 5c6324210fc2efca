/*
 * Part of the living-review project's patch 0123 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.internal.behavior.TitleCase;
import de.undercouch.citeproc.csl.internal.token.TermTextToken;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A term that is the first thing a cite renders gets a capital first letter, as in citeproc-js ("Ibid."
 * opening a footnote, "This has been said. Ibid."), except in the citations of an in-text style: in the
 * first cite of a citation, and in a cite whose prefix ends a sentence (its last character, past quotes
 * and spaces, is ":", ".", ";", "!" or "?", and it has a space inside: "Caps after. ", not "Nocapsafter. ").
 */
final class LeadingTerms {

    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern TRAILING = Pattern.compile("[\"'\u201d\u2019\u00bb\u202f\u00a0 ]+$");
    private static final String SENTENCE_ENDS = ":.;!?";

    private LeadingTerms() {
    }

    /**
     * Whether a cite's leading term is capitalised, as citeproc-js's
     * {@code term_predecessor} decides
     * @param firstCite true for the first cite of the citation
     * @param prefix the cite's prefix, or {@code null}
     * @return true if a term the cite renders first gets a capital
     */
    static boolean capitalises(boolean firstCite, String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return firstCite;
        }
        String text = TRAILING.matcher(TAGS.matcher(prefix).replaceAll("")).replaceAll("");
        return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0
                && prefix.trim().indexOf(' ') >= 0;
    }

    /**
     * Capitalises the first word of the first text a cite renders if it is a term
     * @param tokens the cite's tokens (without its prefix), changed in place
     */
    static void capitalise(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof TextToken t && !t.getText().isEmpty()) {
                if (t instanceof TermTextToken) {
                    tokens.set(i, t.copyWithText(TitleCase.capitalizeFirst(t.getText())));
                }
                return;
            }
        }
    }
}
