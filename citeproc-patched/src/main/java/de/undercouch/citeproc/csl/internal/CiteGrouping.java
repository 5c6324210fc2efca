/*
 * Part of the living-review project's patch 0015 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.DELIMITER;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.TEXT;

/**
 * Cite grouping and collapsing by author and year, as cs:citation's collapse="year", "year-suffix" and
 * "year-suffix-ranged" ask: cites whose names render alike are put together after the first of them, and
 * print without their names ("Smith 2000, 2001"); with "year-suffix", cites of the same year keep only their
 * year-suffix ("2000a, b"), and with "year-suffix-ranged", three or more consecutive suffixes become a range
 * ("2000a–c"). As in citeproc-js (PATCH 0106), cites are moved together only in a sorted citation (an in-text
 * style that collapses, or a cite-group-delimiter), else only consecutive cites of the same names form a group;
 * a cite-group-delimiter alone groups cites without collapsing them; cites that render no names group with
 * each other.
 */
final class CiteGrouping {
    /** PATCH 0106: the names key of cites that render no names (they group with each other) */
    private static final String NO_NAMES = "";
    private final String collapse;
    private final boolean collapseYearSuffixes;
    private final boolean rangeYearSuffixes;
    private final String delimiter;
    private final String citeGroupDelimiter;
    private final String yearSuffixDelimiter;
    // PATCH 0105: the delimiters the style sets itself (null where it does not)
    private final String explicitCiteGroupDelimiter;
    private final String explicitAfterCollapseDelimiter;
    // PATCH 0106: whether cites of the same names are moved together (citeproc-js's grouped sort)
    private final boolean regroup;

    private CiteGrouping(String collapse, String delimiter, Node citation) {
        this.collapse = collapse;
        this.collapseYearSuffixes = collapse != null && collapse.startsWith("year-suffix");
        this.rangeYearSuffixes = "year-suffix-ranged".equals(collapse);
        this.delimiter = delimiter == null ? "" : delimiter;
        this.explicitCiteGroupDelimiter = NodeHelper.getAttrValue(citation, "cite-group-delimiter");
        this.explicitAfterCollapseDelimiter = NodeHelper.getAttrValue(citation, "after-collapse-delimiter");
        // citeproc-js's default: the layout's delimiter where the style sets an after-collapse-delimiter, else
        // ", " (the specification's); PATCH 0019: ", " only in an in-text style; PATCH 0105: also where
        // year-suffixes collapse (citeproc-js's getSpliceDelimiter)
        boolean layoutDelimiterInGroups = explicitAfterCollapseDelimiter != null || !isInTextStyle(citation);
        this.citeGroupDelimiter = explicitCiteGroupDelimiter != null ? explicitCiteGroupDelimiter
                : layoutDelimiterInGroups ? this.delimiter : ", ";
        // PATCH 0105: a cite-group-delimiter also joins year-suffixes, as in citeproc-js
        this.yearSuffixDelimiter = explicitCiteGroupDelimiter != null ? explicitCiteGroupDelimiter
                : attribute(citation, "year-suffix-delimiter", this.delimiter);
        this.regroup = hasSort(citation)
                && (collapse != null && isInTextStyle(citation) || explicitCiteGroupDelimiter != null);
    }

    /**
     * @param citation a cs:citation element
     * @param delimiter the delimiter of its cs:layout
     * @return its cite grouping, or {@code null} if it does not collapse by author and year and sets no
     * cite-group-delimiter (PATCH 0106: a cite-group-delimiter alone groups cites, as in citeproc-js)
     */
    static CiteGrouping of(Node citation, String delimiter) {
        String collapse = NodeHelper.getAttrValue(citation, "collapse");
        boolean collapsesByYear = collapse != null && collapse.startsWith("year");
        if (!collapsesByYear && NodeHelper.getAttrValue(citation, "cite-group-delimiter") == null) {
            return null;
        }
        return new CiteGrouping(collapsesByYear ? collapse : null, delimiter, citation);
    }

    /** PATCH 0106: whether a cs:citation element sorts its cites */
    private static boolean hasSort(Node citation) {
        for (Node child = citation.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("sort".equals(child.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    /** PATCH 0019: whether the style of a cs:citation element is of class "in-text" (not "note") */
    static boolean isInTextStyle(Node citation) {
        return "in-text".equals(citation.getOwnerDocument().getDocumentElement().getAttribute("class"));
    }

    private static String attribute(Node node, String name, String defaultValue) {
        String value = NodeHelper.getAttrValue(node, name);
        return value == null ? defaultValue : value;
    }

    /** A rendered cite: whole, without its names, and what tells its names and year apart */
    private static final class Cite {
        final CSLCitationItem item;
        final TokenBuffer whole;
        final TokenBuffer withoutNames;
        final String names;
        final String year;
        final List<Token> yearSuffix;

        Cite(CSLCitationItem item, Function<CSLCitationItem, TokenBuffer> render, boolean collapseYearSuffixes) {
            this.item = item;
            this.whole = render.apply(item);
            boolean plain = !Boolean.TRUE.equals(item.getSuppressAuthor()) && item.getPrefix() == null;
            CSLCitationItem bare = new CSLCitationItemBuilder(item).suppressAuthor(true).build();
            this.withoutNames = plain ? render.apply(bare) : whole;
            List<Token> all = whole.getTokens();
            List<Token> rest = withoutNames.getTokens();
            String names = null;
            if (plain && all.size() > rest.size() && key(all.subList(all.size() - rest.size(), all.size())).equals(key(rest))) {
                List<Token> nameTokens = new ArrayList<>(all.subList(0, all.size() - rest.size()));
                while (!nameTokens.isEmpty() && isDelimiter(nameTokens.get(nameTokens.size() - 1))) {
                    nameTokens.remove(nameTokens.size() - 1);
                }
                names = nameTokens.isEmpty() ? null : key(nameTokens);
            } else if (plain && !all.isEmpty() && key(all).equals(key(rest))) {
                names = NO_NAMES; // PATCH 0106
            }
            this.names = names;
            String year = null;
            List<Token> yearSuffix = null;
            // PATCH 0153: the year and its suffix are needed only to collapse year-suffixes
            if (collapseYearSuffixes && names != null && item.getItemData().getYearSuffix() != null
                    && item.getLocator() == null
                    && item.getSuffix() == null) {
                List<Token> unsuffixed = render.apply(new CSLCitationItemBuilder(bare)
                        .itemData(new CSLItemDataBuilder(item.getItemData()).yearSuffix(null).build()).build())
                        .getTokens();
                if (rest.size() > unsuffixed.size()
                        && key(rest.subList(0, unsuffixed.size())).equals(key(unsuffixed))) {
                    year = key(unsuffixed);
                    yearSuffix = rest.subList(unsuffixed.size(), rest.size());
                }
            }
            this.year = year;
            this.yearSuffix = yearSuffix;
        }

        boolean sameYear(Cite previous) {
            return year != null && year.equals(previous.year);
        }

        int suffixNumber() {
            int n = 0;
            for (char c : item.getItemData().getYearSuffix().toCharArray()) {
                n = n * 26 + (c - 'a' + 1);
            }
            return n;
        }
    }

    /**
     * Render and join the cites of a citation, grouped and collapsed
     * @param items the citation's cites, in their order
     * @param render renders one cite with its prefix and suffix
     * @return the joined cites
     */
    TokenBuffer join(List<CSLCitationItem> items, Function<CSLCitationItem, TokenBuffer> render) {
        if (items.size() == 1) {
            // PATCH 0153: a lone cite is not grouped, so it is rendered only whole
            return new TokenBuffer().append(render.apply(items.get(0)));
        }
        List<Cite> cites = items.stream().map(item -> new Cite(item, render, collapseYearSuffixes)).toList();
        TokenBuffer result = new TokenBuffer();
        List<Cite> previousGroup = null;
        for (List<Cite> group : regroup ? groupedByNames(cites) : runsOfNames(cites)) {
            if (previousGroup != null) {
                Cite previous = previousGroup.get(previousGroup.size() - 1);
                result.append(delimiterBetweenGroups(previous.item.getLocator() != null, previousGroup.size() > 1),
                        DELIMITER);
            }
            appendGroup(result, group);
            previousGroup = group;
        }
        return result;
    }

    /** PATCH 0106: cites of the same names put together after the first of them (a sorted citation) */
    private static Collection<List<Cite>> groupedByNames(List<Cite> cites) {
        Map<Object, List<Cite>> groups = new LinkedHashMap<>();
        for (Cite cite : cites) {
            groups.computeIfAbsent(cite.names == null ? new Object() : cite.names, k -> new ArrayList<>()).add(cite);
        }
        return groups.values();
    }

    /** PATCH 0106: runs of consecutive cites of the same names (a citation in the order given) */
    private static List<List<Cite>> runsOfNames(List<Cite> cites) {
        List<List<Cite>> runs = new ArrayList<>();
        for (Cite cite : cites) {
            List<Cite> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && cite.names != null && cite.names.equals(last.get(0).names)) {
                last.add(cite);
            } else {
                runs.add(new ArrayList<>(List.of(cite)));
            }
        }
        return runs;
    }

    /**
     * PATCH 0105: the delimiter before a group, as citeproc-js's getSpliceDelimiter chooses it: with an
     * after-collapse-delimiter, that one after a locator, after a collapsed group, and (unless collapse is
     * "year-suffix") after a single cite; else the layout's (PATCH 0107: also after a locator)
     */
    private String delimiterBetweenGroups(boolean afterLocator, boolean afterCollapsedGroup) {
        if (explicitAfterCollapseDelimiter != null && (afterLocator || afterCollapsedGroup
                || !"year-suffix".equals(collapse))) {
            return explicitAfterCollapseDelimiter;
        }
        return delimiter;
    }

    private void appendGroup(TokenBuffer result, List<Cite> group) {
        result.append(group.get(0).whole);
        for (int i = 1; i < group.size(); i++) {
            Cite previous = group.get(i - 1);
            Cite cite = group.get(i);
            if (collapseYearSuffixes && cite.sameYear(previous)) {
                int last = rangeYearSuffixes ? lastOfSuffixRun(group, i - 1) : i - 1;
                if (last - (i - 1) >= 2) {
                    result.append("\u2013", TEXT);
                    i = last;
                } else {
                    result.append(yearSuffixDelimiter, DELIMITER);
                }
                group.get(i).yearSuffix.forEach(result::append);
            } else if (collapse == null) {
                // PATCH 0106: a cite-group-delimiter alone joins the cites of a group, names and all
                result.append(explicitCiteGroupDelimiter, DELIMITER);
                result.append(cite.whole);
            } else if (!cite.withoutNames.isEmpty()) {
                // PATCH 0107: after a locator, the after-collapse-delimiter only where the style sets one
                result.append(previous.item.getLocator() != null && explicitAfterCollapseDelimiter != null
                        ? explicitAfterCollapseDelimiter : citeGroupDelimiter, DELIMITER);
                result.append(cite.withoutNames);
            }
        }
    }

    /** The last cite of the run of consecutive year-suffixes of one year that starts at {@code first} */
    private static int lastOfSuffixRun(List<Cite> group, int first) {
        int last = first;
        while (last + 1 < group.size() && group.get(last + 1).sameYear(group.get(last))
                && group.get(last + 1).suffixNumber() == group.get(last).suffixNumber() + 1) {
            last++;
        }
        return last;
    }

    private static boolean isDelimiter(Token token) {
        return token instanceof TextToken t && t.getType() == DELIMITER;
    }

    /** What a reader sees of tokens: their text and formatting */
    private static String key(List<Token> tokens) {
        return tokens.stream().map(t -> t instanceof TextToken text
                ? text.getText() + "\u0001" + text.getFormattingAttributes() : t.toString())
                .collect(Collectors.joining("\u0000"));
    }
}
