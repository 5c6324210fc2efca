/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SNames.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SElement;
import de.undercouch.citeproc.csl.internal.behavior.Affixes;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/**
 * A names element from a style file
 * @author Michel Kraemer
 */
public class SNames implements SRenderingElement {
    private final String variableAttribute;
    private final Affixes affixes;
    private final int formattingAttributes;
    private final SSubstitute substitute;
    private final List<SElement> elements = new ArrayList<>();
    // PATCH 0008: whether the element has no name, et-al or label child
    private final boolean shorthand;
    // PATCH 0136: the names of variables that hold the same names, printed once
    private final SharedRoleNames sharedRole;

    /**
     * Creates the names element from an XML node
     * @param node the XML node
     */
    public SNames(Node node) {
        this(node, NodeHelper.getAttrValue(node, "variable"), true);
    }

    /**
     * Creates the names element from an XML node but with a different variable
     * @param node the XML node
     * @param variableAttribute the value of the variable attribute
     * @param parseSubstitute {@code true} if the substitute child element
     * should be parsed, {@code false} if it should be ignored
     */
    public SNames(Node node, String variableAttribute, boolean parseSubstitute) {
        String[] variables;
        if (variableAttribute == null) {
            variables = new String[0];
        } else {
            variables = variableAttribute.split("\\s+");
        }

        String delimiter = NodeHelper.getAttrValue(node, "delimiter");
        this.formattingAttributes = FormattingAttributes.of(node);

        SEtAl etAl = new SEtAl(NodeHelper.findDirectChild(node, "et-al"));

        boolean allFormCount = true;
        Node firstNameNode = null;
        List<SElement> firstVariableElements = List.of(); // PATCH 0136
        for (String variable : variables) {
            List<SElement> elementsForVariable = new ArrayList<>();
            SName name = null;
            Node nameNode = null;
            SLabel label = null;
            int namePos = -1;
            NodeList children = node.getChildNodes();
            for (int i = 0; i < children.getLength(); ++i) {
                Node c = children.item(i);
                String nodeName = c.getNodeName();
                if ("name".equals(nodeName)) {
                    name = new SName(c, variable, etAl);
                    nameNode = c;
                    if (namePos >= 0) {
                        elementsForVariable.set(namePos, name);
                    } else {
                        namePos = elementsForVariable.size();
                        elementsForVariable.add(name);
                    }
                } else if (label == null && "label".equals(nodeName)) {
                    label = new SLabel(c, variable);
                    elementsForVariable.add(label);
                }
            }

            if (name == null) {
                name = new SName(null, variable, etAl);
                elementsForVariable.add(0, name);
            }
            if (firstNameNode == null) {
                firstNameNode = nameNode;
            }

            allFormCount = allFormCount && name.getForm() == SName.FORM_COUNT;
            if (elements.isEmpty()) {
                firstVariableElements = elementsForVariable; // PATCH 0136
            }

            // PATCH 0025: the delimiter may also be the names-delimiter option
            // of cs:style, cs:citation or cs:bibliography
            if (!elements.isEmpty()) {
                elements.add((SRenderingElement)ctx -> {
                    RenderContext tmp = new RenderContext(ctx);
                    for (SElement e : elementsForVariable) {
                        e.render(tmp);
                    }
                    String d = delimiter != null ? delimiter : ctx.getInheritedNameAttributes().getNamesDelimiter();
                    if (!tmp.getResult().isEmpty()) {
                        // PATCH 0084: no delimiter where no variable before printed names
                        if (d != null && !ctx.getResult().isEmpty()) {
                            ctx.emit(d);
                        }
                        ctx.emit(tmp.getResult());
                    }
                });
            } else {
                elements.addAll(elementsForVariable);
            }
        }

        this.variableAttribute = variableAttribute;
        this.sharedRole = SharedRoleNames.of(variables, firstVariableElements); // PATCH 0136
        this.shorthand = NodeHelper.findDirectChild(node, "name") == null
                && NodeHelper.findDirectChild(node, "et-al") == null
                && NodeHelper.findDirectChild(node, "label") == null;

        if (parseSubstitute) {
            Node substituteNode = NodeHelper.findDirectChild(node, "substitute");
            if (substituteNode != null) {
                substitute = new SSubstitute(substituteNode, node);
            } else {
                substitute = null;
            }
        } else {
            substitute = null;
        }

        if (allFormCount) {
            elements.clear();
            elements.add(new SName(firstNameNode, variableAttribute, etAl));
            affixes = new Affixes();
        } else {
            affixes = new Affixes(node);
        }
    }

    /**
     * Get the value of the {@code variable} attribute
     * @return the attribute value
     */
    public String getVariableAttribute() {
        return variableAttribute;
    }

    /**
     * PATCH 0008: whether this is the shorthand form of cs:names (no
     * cs:name, cs:et-al or cs:label child), which inside cs:substitute
     * inherits those of the enclosing cs:names
     * @return {@code true} if the element has none of these children
     */
    public boolean isShorthand() {
        return shorthand;
    }

    @Override
    public void render(RenderContext ctx) {
        if (suppressesAuthor(ctx)) {
            return; // PATCH 0014
        }
        SubsequentAuthorSubstitute repeat = ctx.getSubsequentAuthorSubstitute(); // PATCH 0135
        if (repeat != null) {
            repeat.render(ctx, this::renderOrSubstitute);
        } else {
            renderOrSubstitute(ctx);
        }
    }

    private void renderOrSubstitute(RenderContext ctx) {
        RenderContext tmp = new RenderContext(ctx);
        affixes.wrap(this::renderInternal).accept(tmp);

        if (tmp.getResult().isEmpty()) {
            if (substitute != null) {
                substitute.render(tmp);
            }
        }

        ctx.emit(tmp.getResult());
    }

    /**
     * PATCH 0014: whether the cite being rendered asks for its author to be
     * left out (CSL-JSON's suppress-author): its names, and what would
     * substitute for them, are not rendered
     * @param ctx the current render context
     * @return {@code true} if this element renders nothing
     */
    private static boolean suppressesAuthor(RenderContext ctx) {
        return ctx.getCitation() != null && ctx.getCitationItem() != null
                && Boolean.TRUE.equals(ctx.getCitationItem().getSuppressAuthor());
    }

    private void renderInternal(RenderContext ctx) {
        RenderContext child = new RenderContext(ctx);
        if (sharedRole != null && sharedRole.applies(ctx)) {
            sharedRole.render(child); // PATCH 0136
        } else {
            for (SElement e : elements) {
                e.render(child);
            }
        }
        ctx.emit(child.getResult(), formattingAttributes);
    }
}
