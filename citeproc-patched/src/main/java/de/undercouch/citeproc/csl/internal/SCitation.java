/*
 * Patched copy of de/undercouch/citeproc/csl/internal/SCitation.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.internal.rendering.SNameInheritableAttributes;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

/**
 * A citation element from a style file
 * @author Michel Kraemer
 */
public class SCitation implements SElement {
    private final SSort sort;
    private final SCitationLayout layout;
    private final SNameInheritableAttributes inheritableNameAttributes;
    // PATCH 0001: the disambiguation methods the style asks for
    private final boolean disambiguateAddYearSuffix;
    private final boolean disambiguateAddNames;
    private final boolean disambiguateAddGivenname;
    // PATCH 0012: which names disambiguate-add-givenname may expand
    private final String givennameDisambiguationRule;
    // PATCH 0045: how the cites get their positions (null where the style needs none)
    private final CitePositions positions;

    /**
     * Construct the citation element from an XML node
     * @param node the XML node
     */
    public SCitation(Node node) {
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
            layout = new SCitationLayout(layoutNode, // PATCH 0004
                    "citation-number".equals(NodeHelper.getAttrValue(node, "collapse")));
        }

        inheritableNameAttributes = new SNameInheritableAttributes(node);
        disambiguateAddYearSuffix = NodeHelper.getAttrValueBool(node, "disambiguate-add-year-suffix", false);
        disambiguateAddNames = NodeHelper.getAttrValueBool(node, "disambiguate-add-names", false);
        disambiguateAddGivenname = NodeHelper.getAttrValueBool(node, "disambiguate-add-givenname", false);
        String rule = NodeHelper.getAttrValue(node, "givenname-disambiguation-rule");
        givennameDisambiguationRule = rule == null ? "by-cite" : rule; // PATCH 0012
        positions = CitePositions.forStyle(node); // PATCH 0045
    }

    /**
     * PATCH 0001: whether ambiguous cites get a year-suffix
     * @return {@code true} if disambiguate-add-year-suffix is set
     */
    public boolean isDisambiguateAddYearSuffix() {
        return disambiguateAddYearSuffix;
    }

    /**
     * PATCH 0001: whether ambiguous cites may show more names
     * @return {@code true} if disambiguate-add-names is set
     */
    public boolean isDisambiguateAddNames() {
        return disambiguateAddNames;
    }

    /**
     * PATCH 0001: whether ambiguous cites may show given names
     * @return {@code true} if disambiguate-add-givenname is set
     */
    public boolean isDisambiguateAddGivenname() {
        return disambiguateAddGivenname;
    }

    /**
     * PATCH 0012: which names disambiguate-add-givenname may expand
     * @return "all-names", "all-names-with-initials", "primary-name",
     * "primary-name-with-initials" or "by-cite" (the default)
     */
    public String getGivennameDisambiguationRule() {
        return givennameDisambiguationRule;
    }

    /**
     * PATCH 0045: how the cites get their positions
     * @return the positions, or {@code null} if the style tests none
     */
    public CitePositions getPositions() {
        return positions;
    }

    /**
     * Get the sort child element (if there is any)
     * @return the sort child element (or {@code null} if the citation
     * element does not have a sort child element)
     */
    public SSort getSort() {
        return sort;
    }

    @Override
    public void render(RenderContext ctx) {
        if (layout != null) {
            inheritableNameAttributes.wrap(layout::render).accept(ctx);
        }
    }
}
