/*
 * Patched copy of de/undercouch/citeproc/csl/internal/SSort.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.csl.internal.rendering.SNameInheritableAttributes;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sort element inside a bibliography or citation element
 * @author Michel Kraemer
 */
public class SSort {
    private final List<SKey> keys = new ArrayList<>();

    /**
     * PATCH 0041: the name options of the citation or bibliography element
     * the sort belongs to (et-al-min and the others apply to its keys)
     */
    private final SNameInheritableAttributes inheritableNameAttributes;

    /**
     * Creates the sort element from an XML node
     * @param node the XML node
     */
    public SSort(Node node) {
        inheritableNameAttributes = new SNameInheritableAttributes(node.getParentNode()); // PATCH 0041
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); ++i) {
            Node c = children.item(i);
            String nodeName = c.getNodeName();
            if ("key".equals(nodeName)) {
                keys.add(new SKey(c));
            }
        }
    }

    /**
     * Creates a comparator that is able to compare {@link CSLItemData} objects
     * according
     * @param style the current citation style
     * @param locale the current locale
     * @param abbreviationProvider the current abbreviation provider
     * @return the comparator
     */
    public SortComparator comparator(SStyle style, LLocale locale,
            AbbreviationProvider abbreviationProvider) {
        return new SortComparator(style, locale, abbreviationProvider);
    }

    /**
     * A sort comparator returned by {@link #comparator(SStyle, LLocale, AbbreviationProvider)}
     */
    public class SortComparator implements Comparator<CSLItemData> {
        private final SStyle style;
        private final LLocale locale;
        private final AbbreviationProvider abbreviationProvider;
        private final SortKeyCollator comparator; // PATCH 0040
        private final Map<CSLItemData, List<String>> itemKeys = new IdentityHashMap<>(); // PATCH 0040
        private int citationNumberDirection = 1;
        private boolean rendersCitationNumber; // PATCH 0150

        /**
         * Create a new sort comparator
         * @param style the current citation style
         * @param locale the current locale
         * @param abbreviationProvider the current abbreviation provider
         */
        public SortComparator(SStyle style, LLocale locale,
                AbbreviationProvider abbreviationProvider) {
            this.style = style;
            this.locale = locale;
            this.abbreviationProvider = abbreviationProvider;
            comparator = new SortKeyCollator(locale.getLang());
        }

        /**
         * Get the sort direction of the citation-number variable
         * @return the sort direction ({@code 1} for ascending and {@code -1}
         * for descending)
         */
        public int getCitationNumberDirection() {
            return citationNumberDirection;
        }

        /**
         * PATCH 0150: whether a key rendered so far has rendered the
         * citation-number variable
         * @return {@code true} if one has
         */
        public boolean rendersCitationNumber() {
            return rendersCitationNumber;
        }

        // PATCH 0040: every key is rendered once per item, in a sort key
        // context, and compared as citeproc-js compares them
        @Override
        public int compare(CSLItemData a, CSLItemData b) {
            List<String> ka = itemKeys.computeIfAbsent(a, this::keys);
            List<String> kb = itemKeys.computeIfAbsent(b, this::keys);
            for (int i = 0; i < keys.size(); ++i) {
                String sa = ka.get(i);
                String sb = kb.get(i);

                // empty elements should be put at the end of the list
                if (sa.isEmpty() && !sb.isEmpty()) {
                    return 1;
                } else if (!sa.isEmpty() && sb.isEmpty()) {
                    return -1;
                }
                int c = comparator.compare(sa, sb);
                if (c != 0) {
                    return c * keys.get(i).getSort();
                }
            }
            return 0;
        }

        /**
         * PATCH 0040: render the values of all keys for an item
         * @param item the item
         * @return the values, in the order of the keys
         */
        private List<String> keys(CSLItemData item) {
            List<String> result = new ArrayList<>(keys.size());
            for (SKey key : keys) {
                RenderContext styleCtx = new RenderContext(style, locale, item,
                        abbreviationProvider, key);
                RenderContext ctx = new RenderContext(styleCtx, styleCtx
                        .getInheritedNameAttributes().merge(inheritableNameAttributes));
                CollectingVariableListener vl = new CollectingVariableListener();
                ctx.addVariableListener(vl);
                key.render(ctx);
                ctx.removeVariableListener(vl);
                if (vl.getCalled().contains("citation-number")) {
                    citationNumberDirection = key.getSort();
                    rendersCitationNumber = true; // PATCH 0150
                }
                result.add(ctx.getResult().toString());
            }
            return result;
        }
    }
}
