/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SSubstitute.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SRenderingElementContainerElement;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A substitute element from a style file
 * @author Michel Kraemer
 */
public class SSubstitute extends SRenderingElementContainerElement {
    private final Node parentNamesNode;

    /**
     * PATCH 0151: the names element made for each shorthand one, made once
     * instead of at every rendering (keyed by identity: SNames keeps
     * Object's equals)
     */
    private final Map<SNames, SNames> inheritingNames = new ConcurrentHashMap<>();

    /**
     * Construct the substitute from an XML node
     * @param node the XML node
     * @param parentNamesNode the parent names element that contains this
     * substitute element
     */
    public SSubstitute(Node node, Node parentNamesNode) {
        super(node);
        this.parentNamesNode = parentNamesNode;
    }

    @Override
    public void render(RenderContext ctx) {
        List<SRenderingElement> originalElements = getElements(ctx);

        // replace names elements so they inherit the attributes and children
        // of `parentNamesNode` (PATCH 0008: only the shorthand ones, as the
        // specification says; others keep their own name and label)
        List<SRenderingElement> elements = new ArrayList<>(originalElements.size());
        for (SRenderingElement e : originalElements) {
            if (e instanceof SNames && ((SNames)e).isShorthand()) {
                e = inheritingNames.computeIfAbsent((SNames)e, shorthand -> new SNames(
                        parentNamesNode, shorthand.getVariableAttribute(), false));
            }
            elements.add(e);
        }

        RenderContext tmp = new RenderContext(ctx);
        for (SRenderingElement e : elements) {
            // render substitute and collect fetch variables
            CollectingVariableListener vl = new CollectingVariableListener();
            tmp.addVariableListener(vl);
            e.render(tmp);
            tmp.removeVariableListener(vl);

            if (!tmp.getResult().isEmpty()) {
                // The render result was not empty. Suppress fetched variables
                // for the rest of the output and emit the result. Then stop
                // rendering children.
                for (String variable : vl.getCalled()) {
                    ctx.suppressVariable(variable);
                }
                ctx.emit(tmp.getResult());
                break;
            }
        }
    }
}
