/*
 * Part of the living-review project's patch 0035 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.token;

import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;

/**
 * A piece of a variable's value that carried CSL-JSON rich-text markup ({@code <i>}, {@code <b>},
 * {@code <sup>}, {@code <sub>}, small caps, {@code <span class="nocase">}); a piece in no-case markup,
 * small caps, super- or subscript keeps its case whatever the style's {@code text-case}.
 */
public class MarkupTextToken extends TextToken {
    private final boolean caseKept;

    /**
     * Construct a new token
     * @param text the token's text
     * @param formattingAttributes the token's formatting attributes
     * @param firstField {@code true} if the token is part of the first rendered field in a bibliography entry
     * @param caseKept {@code true} if text-case must not change the text
     */
    public MarkupTextToken(String text, int formattingAttributes, boolean firstField, boolean caseKept) {
        this(text, Type.TEXT, formattingAttributes, firstField, caseKept);
    }

    /**
     * PATCH 0122: construct a new token of the given type (a cite's prefix or suffix)
     * @param text the token's text
     * @param type the token's type
     * @param formattingAttributes the token's formatting attributes
     * @param firstField {@code true} if the token is part of the first rendered field in a bibliography entry
     * @param caseKept {@code true} if text-case must not change the text
     */
    public MarkupTextToken(String text, Type type, int formattingAttributes, boolean firstField, boolean caseKept) {
        super(text, type, formattingAttributes, firstField);
        this.caseKept = caseKept;
    }

    /**
     * @return {@code true} if text-case must not change the text
     */
    public boolean isCaseKept() {
        return caseKept;
    }

    @Override
    public TextToken copyWithText(String text) {
        return new MarkupTextToken(text, getType(), getFormattingAttributes(), isFirstField(), caseKept);
    }

    @Override
    public TextToken copyWithFirstField(boolean firstField) {
        return new MarkupTextToken(getText(), getType(), getFormattingAttributes(), firstField, caseKept);
    }

    @Override
    public Token wrapFormattingAttributes(int otherFormattingAttributes) {
        return new MarkupTextToken(getText(), getType(), FormattingAttributes.merge(otherFormattingAttributes,
                getFormattingAttributes()), isFirstField(), caseKept);
    }
}
