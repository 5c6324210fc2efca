package org.livingreview.manuscript.cite;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A CSL style's citation without its author names, for {@code [-@a]} and for the citation part of a
 * narrative citation ({@code @a says} → "Gullaksen et al. (2025)"). citeproc-java 3.5 ignores CSL-JSON's
 * {@code suppress-author}, so the style itself is derived: every {@code cs:names} the citation layout
 * reaches is removed, in copies of the macros it passes through (the bibliography keeps the originals).
 */
final class AuthorSuppression {

    private static final String SUFFIX = "-living-review-no-author";

    private AuthorSuppression() {
    }

    /** The style's XML with author names removed from its citation, or empty when its citation names nobody. */
    static Optional<String> derive(String styleXml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(styleXml)));
            Map<String, Element> macros = new HashMap<>();
            for (Element macro : children(doc.getDocumentElement(), "macro")) {
                macros.put(macro.getAttribute("name"), macro);
            }
            Optional<Element> layout = children(doc.getDocumentElement(), "citation").stream()
                    .flatMap(c -> children(c, "layout").stream()).findFirst();
            if (layout.isEmpty() || !strip(layout.get(), macros)) {
                return Optional.empty();
            }
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return Optional.of(out.toString());
        } catch (Exception e) {
            throw new IllegalStateException("the CSL style cannot be read as XML", e);
        }
    }

    /** Removes the names under {@code element} (following macros); whether there were any. */
    private static boolean strip(Element element, Map<String, Element> macros) {
        boolean removed = false;
        for (Element child : children(element, null)) {
            String tag = child.getLocalName() != null ? child.getLocalName() : child.getTagName();
            if (tag.equals("names")) {
                element.removeChild(child);
                removed = true;
            } else if (tag.equals("text") && macros.containsKey(child.getAttribute("macro"))) {
                String name = child.getAttribute("macro");
                String copyName = name.endsWith(SUFFIX) ? name : name + SUFFIX;
                Element copy = macros.get(copyName);
                if (copy == null) {
                    copy = (Element) macros.get(name).cloneNode(true);
                    copy.setAttribute("name", copyName);
                    macros.get(name).getParentNode().appendChild(copy);
                    macros.put(copyName, copy);
                    if (!strip(copy, macros)) {
                        copy.getParentNode().removeChild(copy);
                        macros.remove(copyName);
                        continue;
                    }
                }
                child.setAttribute("macro", copyName);
                removed = true;
            } else {
                removed |= strip(child, macros);
            }
        }
        return removed;
    }

    private static List<Element> children(Node parent, String tag) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || tag.equals(e.getLocalName() != null ? e.getLocalName()
                    : e.getTagName()))) {
                elements.add(e);
            }
        }
        return elements;
    }
}
