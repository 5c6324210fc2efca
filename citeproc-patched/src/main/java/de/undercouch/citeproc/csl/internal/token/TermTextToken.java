/*
 * Part of the living-review project's patch 0123 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.token;

import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;

/**
 * A locale term rendered by {@code cs:text term="…"}, which citeproc-js capitalises where it is the first
 * thing a cite renders.
 */
public class TermTextToken extends TextToken {

    /**
     * Construct a new token
     * @param text the term's text
     * @param formattingAttributes the token's formatting attributes
     * @param firstField {@code true} if the token is part of the first rendered field in a bibliography entry
     */
    public TermTextToken(String text, int formattingAttributes, boolean firstField) {
        super(text, Type.TEXT, formattingAttributes, firstField);
    }

    @Override
    public TextToken copyWithText(String text) {
        return new TermTextToken(text, getFormattingAttributes(), isFirstField());
    }

    @Override
    public TextToken copyWithFirstField(boolean firstField) {
        return new TermTextToken(getText(), getFormattingAttributes(), firstField);
    }

    @Override
    public Token wrapFormattingAttributes(int otherFormattingAttributes) {
        return new TermTextToken(getText(), FormattingAttributes.merge(otherFormattingAttributes,
                getFormattingAttributes()), isFirstField());
    }
}
