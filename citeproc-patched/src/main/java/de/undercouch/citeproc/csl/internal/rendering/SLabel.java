/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SLabel.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.bibtex.PageParser;
import de.undercouch.citeproc.bibtex.PageRanges;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.behavior.Affixes;
import de.undercouch.citeproc.csl.internal.behavior.StripPeriods;
import de.undercouch.citeproc.csl.internal.behavior.TextCase;
import de.undercouch.citeproc.csl.internal.helper.NumberElement;
import de.undercouch.citeproc.csl.internal.helper.NumberParser;
import de.undercouch.citeproc.csl.internal.locale.LTerm;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

import java.util.List;

/**
 * A label element from a style file
 * @author Michel Kraemer
 */
public class SLabel implements SRenderingElement {
    private final String variable;
    private final String form;
    // PATCH 0093: the form the style gives, null if none
    private final String givenForm;
    // PATCH 0005: the plural attribute ("contextual", "always" or "never")
    private final String pluralMode;
    private final Affixes affixes;
    private final TextCase textCase;
    private final StripPeriods stripPeriods;
    // PATCH 0136: the term of a role that several name variables share
    // ("editortranslator"), or null for the variable's own term
    private final String sharedRoleTerm;

    /**
     * Creates the label element from an XML node
     * @param node the XML node
     */
    public SLabel(Node node) {
        this(node, NodeHelper.getAttrValue(node, "variable"));
    }

    /**
     * Creates the label element from an XML node but with a different variable
     * @param node the XML node
     * @param variable the variable
     */
    public SLabel(Node node, String variable) {
        this.variable = variable;

        String form = NodeHelper.getAttrValue(node, "form");
        this.givenForm = form;
        if (form == null) {
            form = "long";
        }
        this.form = form;
        String pluralMode = NodeHelper.getAttrValue(node, "plural");
        this.pluralMode = pluralMode == null ? "contextual" : pluralMode;

        affixes = new Affixes(node);
        textCase = new TextCase(node);
        stripPeriods = new StripPeriods(node);
        sharedRoleTerm = null; // PATCH 0136
    }

    /**
     * PATCH 0136: a copy of a name variable's label that prints the term of
     * a role several name variables share ("editortranslator")
     * @param original the label
     * @param sharedRoleTerm the name of the shared role's term
     */
    SLabel(SLabel original, String sharedRoleTerm) {
        this.variable = original.variable;
        this.form = original.form;
        this.givenForm = original.givenForm; // PATCH 0093
        this.pluralMode = original.pluralMode;
        this.affixes = original.affixes;
        this.textCase = original.textCase;
        this.stripPeriods = original.stripPeriods;
        this.sharedRoleTerm = sharedRoleTerm;
    }

    /**
     * PATCH 0136: the label's form
     * @return "long", "short", "verb", "verb-short" or "symbol"
     */
    String getForm() {
        return form;
    }

    @Override
    public void render(RenderContext ctx) {
        render(ctx, 0);
    }

    /**
     * Renders this label but selects a different number element if
     * {@link #variable} equals {@code "number"} and has been parsed
     * @param ctx the context in which to render
     * @param nNumberElement the index of the number element to select
     */
    public void render(RenderContext ctx, int nNumberElement) {
        if (isNameLabelInSortKey(ctx)) {
            return; // PATCH 0081
        }
        affixes.wrap(textCase.wrap(stripPeriods.wrap(ctx2 ->
                renderInternal(ctx2, nNumberElement, form)))).accept(ctx);
    }

    /**
     * PATCH 0081: whether this is the label of a name variable rendered
     * for a sort key: as in citeproc-js, a sort key holds the names but not
     * their label ("Doe, John", not "Doe, John ed")
     * @param ctx the current render context
     * @return {@code true} if the label renders nothing
     */
    private boolean isNameLabelInSortKey(RenderContext ctx) {
        return ctx.getSortKey() != null && variable != null && !variable.isEmpty()
                && ctx.getVariable(variable, true) instanceof CSLName[];
    }

    /**
     * PATCH 0093: renders the label of a number element after the first, a
     * label given in the value ("367-368, fig. 333"), as citeproc-js does: in
     * the form the style gives the label, else the short form, without the
     * label's affixes and followed by a space
     * @param ctx the context in which to render
     * @param nNumberElement the index of the number element
     */
    public void renderEmbedded(RenderContext ctx, int nNumberElement) {
        RenderContext tmp = new RenderContext(ctx);
        renderInternal(tmp, nNumberElement, givenForm == null ? "short" : givenForm);
        if (!tmp.getResult().isEmpty()) {
            ctx.emit(tmp.getResult(), 0);
            ctx.emit(" ");
        }
    }

    private void renderInternal(RenderContext ctx, int nNumberElement, String form) {
        if (variable == null || variable.isEmpty()) {
            return;
        }

        Object value = ctx.getVariable(variable);
        if (value == null) {
            return;
        }

        String term = sharedRoleTerm != null ? sharedRoleTerm : variable; // PATCH 0136
        boolean plural = false;
        boolean isLocator = false;
        CSLName[] names;
        if (variable.equals("page")) {
            PageRanges ranges = PageParser.parse(String.valueOf(value));
            // PATCH 0099: not a range where the hyphen is escaped or between words
            plural = ranges.isMultiplePages() && !SingleHyphenedValue.is(String.valueOf(value));
        } else if (variable.equals("number") || (isLocator = variable.equals("locator"))) {
            List<NumberElement> elements = NumberParser.parse(String.valueOf(value));
            if (elements.size() > nNumberElement) {
                NumberElement element = elements.get(nNumberElement);
                if (element != null) {
                    if (element.getLabel() != null) {
                        term = element.getLabel().toString();
                    } else if (nNumberElement == 0 && isLocator) {
                        CSLLabel label = null;
                        if (ctx.getCitationItem() != null) {
                            label = ctx.getCitationItem().getLabel();
                        }
                        if (label != null) {
                            term = label.toString();
                        } else {
                            term = "page";
                        }
                    }
                    // PATCH 0099: not a range where the hyphen is escaped or between words
                    plural = element.isPlural() && !SingleHyphenedValue.is(String.valueOf(value));
                }
            }
        } else if (variable.startsWith("number-of-")) {
            plural = isMoreThanOne(value); // PATCH 0026
        } else if ((names = ctx.getNameVariable(variable)) != null) {
            plural = names.length > 1;
        }

        // PATCH 0137: numbers joined by "&", "and" or the locale's "and" are more than one
        if (!plural && (variable.equals("page") || variable.equals("number") || isLocator)) {
            plural = NumbersJoinedByAnd.in(String.valueOf(value), ctx.getTerm("and"));
        }

        // PATCH 0005: plural="always" and plural="never" override the count
        if ("always".equals(pluralMode)) {
            plural = true;
        } else if ("never".equals(pluralMode)) {
            plural = false;
        }

        ctx.setLastLabelRendered(this);
        ctx.emit(ctx.getTerm(term, LTerm.Form.fromString(form), plural));
    }

    /**
     * PATCH 0026: whether the label of a number-of-pages or
     * number-of-volumes variable is plural: if its value is a whole number,
     * when it is more than one ("volume 1", "volumes 2"), else when it holds
     * more than one number ("xii, 250 pp.")
     * @param value the variable's value
     * @return {@code true} if the label is plural
     */
    private static boolean isMoreThanOne(Object value) {
        String s = String.valueOf(value).trim();
        if (s.matches("\\d+")) {
            return new java.math.BigInteger(s).compareTo(java.math.BigInteger.ONE) > 0;
        }
        List<NumberElement> elements = NumberParser.parse(s);
        return !elements.isEmpty() && elements.get(0).isPlural();
    }
}
