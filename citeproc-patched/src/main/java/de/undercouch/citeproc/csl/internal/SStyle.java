/*
 * Patched copy of de/undercouch/citeproc/csl/internal/SStyle.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.csl.internal.rendering.SNameInheritableAttributes;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A citation style
 * @author Michel Kraemer
 */
public class SStyle {
    private final String defaultLocale;
    private final List<LLocale> locales;
    private final SCitation citation;
    private final SBibliography bibliography;
    private final Map<String, SMacro> macros = new HashMap<>();
    private final SNameInheritableAttributes inheritableNameAttributes;
    // PATCH 0020: the style's initialize-with-hyphen option
    private final boolean initializeWithHyphen;
    private final String pageRangeFormat;
    // PATCH 0009: the style's demote-non-dropping-particle option
    private final String demoteNonDroppingParticle;
    // PATCH 0013: whether a cs:if or cs:else-if tests the disambiguate condition
    private final boolean usesDisambiguateCondition;
    // PATCH 0018: whether a cs:text of the style renders the year-suffix variable
    private final boolean rendersYearSuffix;

    /**
     * Creates the citation style from an XML document
     * @param styleDocument the XML document
     */
    public SStyle(Document styleDocument) {
        List<LLocale> locales = new ArrayList<>();
        SCitation citation = null;
        SBibliography bibl = null;

        Element styleRoot = styleDocument.getDocumentElement();
        NodeList styleChildren = styleRoot.getChildNodes();
        for (int i = 0; i < styleChildren.getLength(); ++i) {
            Node c = styleChildren.item(i);
            String nodeName = c.getNodeName();
            switch (nodeName) {
                case "locale":
                    locales.add(new LLocale(c));
                    break;
                case "citation":
                    citation = new SCitation(c);
                    break;
                case "bibliography":
                    bibl = new SBibliography(c);
                    break;
                case "macro":
                    SMacro m = new SMacro(c);
                    if (m.getName() != null && !m.getName().isEmpty()) {
                        macros.put(m.getName(), m);
                    }
                    break;
            }
        }

        this.locales = locales;
        this.citation = citation;
        this.bibliography = bibl;
        this.inheritableNameAttributes = new SNameInheritableAttributes(styleRoot);
        this.initializeWithHyphen = !"false".equals(NodeHelper.getAttrValue(styleRoot, "initialize-with-hyphen"));
        this.pageRangeFormat = NodeHelper.getAttrValue(styleRoot, "page-range-format");
        String demote = NodeHelper.getAttrValue(styleRoot, "demote-non-dropping-particle");
        this.demoteNonDroppingParticle = demote == null ? "display-and-sort" : demote;
        this.defaultLocale = NodeHelper.getAttrValue(styleRoot, "default-locale");
        this.usesDisambiguateCondition = testsDisambiguate(styleRoot); // PATCH 0013
        this.rendersYearSuffix = rendersYearSuffix(styleRoot); // PATCH 0018
    }

    /**
     * PATCH 0013: whether a cs:if or cs:else-if of the style tests the
     * disambiguate condition
     * @param styleRoot the style's root element
     * @return {@code true} if one does
     */
    private static boolean testsDisambiguate(Element styleRoot) {
        for (String tag : new String[] { "if", "else-if" }) {
            NodeList conditions = styleRoot.getElementsByTagName(tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                if (((Element) conditions.item(i)).hasAttribute("disambiguate")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * PATCH 0018: whether a cs:text of the style renders the year-suffix
     * variable (else the year-suffix follows the first year of the issued
     * date a cite renders, as the CSL specification says)
     * @param styleRoot the style's root element
     * @return {@code true} if one does
     */
    private static boolean rendersYearSuffix(Element styleRoot) {
        NodeList texts = styleRoot.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            String variable = ((Element) texts.item(i)).getAttribute("variable");
            // PATCH 0165: citation-label renders the year-suffix too
            if ("year-suffix".equals(variable) || "citation-label".equals(variable)) {
                return true;
            }
        }
        return false;
    }

    /**
     * PATCH 0018: whether a cs:text of the style renders the year-suffix variable
     * @return {@code true} if one does
     */
    public boolean rendersYearSuffix() {
        return rendersYearSuffix;
    }

    /**
     * PATCH 0013: whether the style tests the disambiguate condition
     * @return {@code true} if a cs:if or cs:else-if of the style does
     */
    public boolean usesDisambiguateCondition() {
        return usesDisambiguateCondition;
    }

    /**
     * Get the default locale for this style if defined
     * @return the default locale or {@code null} if no default locale is
     * defined in this style
     */
    public String getDefaultLocale() {
        return defaultLocale;
    }

    /**
     * Get additional localization data defined in the style file. This
     * data may override or augment information from the locale file
     * @return the additional localization data (or an empty list if there
     * is no additional information in the style file)
     */
    public List<LLocale> getLocales() {
        return locales;
    }

    /**
     * Get the citation element defined in the style file
     * @return the citation element or {@code null} if the style file does not
     * have one
     */
    public SCitation getCitation() {
        return citation;
    }

    /**
     * Get the bibliography element defined in the style file
     * @return the bibliography element or {@code null} if the style file
     * does not have one
     */
    public SBibliography getBibliography() {
        return bibliography;
    }

    /**
     * Get the macros defined in the citation style file
     * @return the macros
     */
    public Map<String, SMacro> getMacros() {
        return macros;
    }

    /**
     * Get attributes that can be inherited to name elements
     * @return the name attributes
     */
    public SNameInheritableAttributes getInheritableNameAttributes() {
        return inheritableNameAttributes;
    }

    /**
     * PATCH 0020: get the style's initialize-with-hyphen option
     * @return {@code false} if initials of hyphenated given names are
     * separated by spaces ("J P"), {@code true} (the default) if by hyphens
     * ("J-P")
     */
    public boolean isInitializeWithHyphen() {
        return initializeWithHyphen;
    }

    /**
     * Get the page range format defined for this style
     * @return the format or {@code null} if no value has been defined
     */
    public String getPageRangeFormat() {
        return pageRangeFormat;
    }

    /**
     * PATCH 0009: get the style's demote-non-dropping-particle option
     * @return "never", "sort-only" or "display-and-sort" (the default)
     */
    public String getDemoteNonDroppingParticle() {
        return demoteNonDroppingParticle;
    }
}
