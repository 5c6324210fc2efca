/*
 * Patched copy of de/undercouch/citeproc/csl/internal/SBibliography.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.internal.rendering.SNameInheritableAttributes;
import de.undercouch.citeproc.csl.internal.rendering.SubsequentAuthorSubstitute;
import de.undercouch.citeproc.helper.NodeHelper;
import de.undercouch.citeproc.output.SecondFieldAlign;
import org.w3c.dom.Node;

/**
 * A bibliography element in a style file
 * @author Michel Kraemer
 */
public class SBibliography implements SElement {
    private final SSort sort;
    private final SLayout layout;
    private final SecondFieldAlign secondFieldAlign;
    private final SNameInheritableAttributes inheritableNameAttributes;
    // PATCH 0135: subsequent-author-substitute, or null
    private final SubsequentAuthorSubstitute subsequentAuthorSubstitute;

    /**
     * Construct the bibliography element from an XML node
     * @param node the XML node
     */
    public SBibliography(Node node) {
        Node sortNode = NodeHelper.findDirectChild(node, "sort");
        if (sortNode == null) {
            sort = null;
        } else {
            sort = new SSort(sortNode);
        }

        Node layoutNode = NodeHelper.findDirectChild(node, "layout");
        if (layoutNode == null) {
            layout = null;
        } else {
            layout = new SLayout(layoutNode);
        }

        String strSecondFieldAlign = NodeHelper.getAttrValue(node, "second-field-align");
        if ("flush".equals(strSecondFieldAlign)) {
            secondFieldAlign = SecondFieldAlign.FLUSH;
        } else if ("margin".equals(strSecondFieldAlign)) {
            secondFieldAlign = SecondFieldAlign.MARGIN;
        } else {
            secondFieldAlign = SecondFieldAlign.FALSE;
        }

        inheritableNameAttributes = new SNameInheritableAttributes(node);
        subsequentAuthorSubstitute = SubsequentAuthorSubstitute.of(node); // PATCH 0135
    }

    /**
     * PATCH 0135: a follower of the subsequent-author-substitute for a new
     * bibliography
     * @return the follower, or {@code null} if the style gives no substitute
     */
    public SubsequentAuthorSubstitute startSubsequentAuthorSubstitute() {
        return subsequentAuthorSubstitute == null ? null : subsequentAuthorSubstitute.start();
    }

    /**
     * Get the sort child element (if there is any)
     * @return the sort child element (or {@code null} if the bibliography
     * element does not have a sort child element)
     */
    public SSort getSort() {
        return sort;
    }

    /**
     * Get the property that specifies whether subsequent lines of
     * bibliographies should be aligned along the second field
     * @return the second-field-align property (never {@code null})
     */
    public SecondFieldAlign getSecondFieldAlign() {
        return secondFieldAlign;
    }

    @Override
    public void render(RenderContext ctx) {
        if (layout != null) {
            inheritableNameAttributes.wrap(layout::render).accept(ctx);
        }
    }
}
