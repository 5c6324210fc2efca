/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SNumber.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

/**
 * A number element from a style file
 * @author Michel Kraemer
 */
public class SNumber extends SText {
    // PATCH 0090: the number's form (released 3.5.2 ignored it)
    private final NumberForm numberForm;

    /**
     * Creates the number element from an XML node
     * @param node the XML node
     */
    public SNumber(Node node) {
        super(node);
        numberForm = NumberForm.of(NodeHelper.getAttrValue(node, "form"));
    }

    /**
     * PATCH 0090: write the value in the number's form ("ordinal",
     * "long-ordinal" or "roman")
     */
    @Override
    protected String formatNumber(String value, RenderContext ctx) {
        return numberForm.format(value, ctx);
    }
}
