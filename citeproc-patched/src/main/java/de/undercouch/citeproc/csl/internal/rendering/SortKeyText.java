/*
 * Part of the living-review project's patch 0110 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.token.MarkupTextToken;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a variable's value as a sort key compares it: without its rich-text markup, as citeproc-js
 * compares "A Full &lt;i&gt;Anonymous&lt;/i&gt; Life" as "A Full Anonymous Life".
 */
public final class SortKeyText {

    private SortKeyText() {
    }

    /**
     * @param value a variable's value
     * @return its text without the markup {@link FieldMarkup} reads
     */
    public static String of(String value) {
        List<MarkupTextToken> tokens = FieldMarkup.tokens(value, 0);
        return tokens.isEmpty() ? value : tokens.stream().map(MarkupTextToken::getText).collect(Collectors.joining());
    }
}
