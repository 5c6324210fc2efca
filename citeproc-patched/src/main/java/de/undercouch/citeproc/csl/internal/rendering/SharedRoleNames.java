/*
 * Part of the living-review project's patch 0136 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SElement;
import de.undercouch.citeproc.csl.internal.locale.LTerm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PATCH 0136: the names of a {@code cs:names} element with several
 * variables that hold the same names, printed once with the label of the
 * role they share, as CSL specifies and citeproc-js does: "John Doe (ed. &amp;
 * trans.)" for an editor who is also the translator. The role's term is
 * named by the variables in alphabetical order ("editortranslator"); where
 * the locale has no such term in the label's form, or the element has no
 * label, every variable prints its own names.
 * @author living-review
 */
final class SharedRoleNames {
    private final String[] variables;
    private final String term;
    private final LTerm.Form form;
    private final List<SElement> elements;

    private SharedRoleNames(String[] variables, String term, LTerm.Form form, List<SElement> elements) {
        this.variables = variables;
        this.term = term;
        this.form = form;
        this.elements = elements;
    }

    /**
     * The shared-role rendering of a {@code cs:names} element
     * @param variables the element's variables
     * @param firstVariableElements the name and label elements of its first
     * variable
     * @return the rendering, or {@code null} if the element has fewer than
     * two variables or no label
     */
    static SharedRoleNames of(String[] variables, List<SElement> firstVariableElements) {
        SLabel label = (SLabel)firstVariableElements.stream().filter(e -> e instanceof SLabel)
                .findFirst().orElse(null);
        if (variables.length < 2 || label == null) {
            return null;
        }
        String[] sorted = variables.clone();
        Arrays.sort(sorted);
        String term = String.join("", sorted);
        List<SElement> elements = new ArrayList<>(firstVariableElements);
        elements.set(elements.indexOf(label), new SLabel(label, term));
        return new SharedRoleNames(variables, term, LTerm.Form.fromString(label.getForm()), elements);
    }

    /**
     * Whether the item being rendered has the same names, at least one, in
     * every variable, and the locale has the role's term
     * @param ctx the render context
     * @return {@code true} if the names print once with the shared role
     */
    boolean applies(RenderContext ctx) {
        CSLName[] first = ctx.getNameVariable(variables[0], true);
        if (first == null || first.length == 0 || ctx.getTerm(term, form) == null) {
            return false;
        }
        for (int i = 1; i < variables.length; i++) {
            if (!Arrays.equals(first, ctx.getNameVariable(variables[i], true))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Render the first variable's names with the shared role's label
     * @param ctx the render context
     */
    void render(RenderContext ctx) {
        for (SElement e : elements) {
            e.render(ctx);
        }
    }
}
