/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SEtAl.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.SUFFIX;

/**
 * An et-al element from a style file
 * @author Michel Kraemer
 */
public class SEtAl implements SRenderingElement {
    private final int formattingAttributes;
    private final String term;

    /**
     * Construct the et-al element from an XML node
     * @param node the XML node
     */
    public SEtAl(Node node) {
        String term = null;
        if (node != null) {
            term = NodeHelper.getAttrValue(node, "term");
        }
        if (term == null) {
            term = "et-al";
        }
        this.term = term;

        int formattingAttributes = 0;
        if (node != null) {
            formattingAttributes = FormattingAttributes.of(node);
        }
        this.formattingAttributes = formattingAttributes;
    }

    @Override
    public void render(RenderContext ctx) {
        String etAl = ctx.getTerm(term);
        if (etAl != null) {
            // PATCH 0083: a term that starts with no Latin, Greek, Cyrillic,
            // Hebrew, Arabic or Thai letter ("等") follows the names without
            // a space, as in citeproc-js
            String space = NameInitials.startsRomanesque(etAl) ? " " : "";
            if (formattingAttributes == 0) {
                ctx.emit(space + etAl, SUFFIX);
            } else {
                if (!space.isEmpty()) {
                    ctx.emit(space, SUFFIX);
                }
                ctx.emit(etAl, SUFFIX, formattingAttributes);
            }
        }
    }
}
