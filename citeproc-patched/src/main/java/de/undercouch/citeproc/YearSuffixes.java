/*
 * Part of the living-review project's patch 0001 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.csl.internal.locale.LLocale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gives items whose cites would read alike a year-suffix ("a", "b", ..., "z", "aa", ...) in the order of the
 * bibliography, as CSL's disambiguate-add-year-suffix asks. Where the style may also add names or given
 * names, items whose names differ are left to those methods and get no suffix.
 */
class YearSuffixes {
    private final SStyle style;
    private final LLocale locale;
    private final AbbreviationProvider abbreviationProvider;
    private final Format outputFormat;

    YearSuffixes(SStyle style, LLocale locale, AbbreviationProvider abbreviationProvider, Format outputFormat) {
        this.style = style;
        this.locale = locale;
        this.abbreviationProvider = abbreviationProvider;
        this.outputFormat = outputFormat;
    }

    /**
     * Sets the year-suffix of the given items, in place
     * @param sortedItems all registered items in bibliography order
     * @return the items whose year-suffix changed, as they are now
     */
    List<CSLItemData> assign(List<CSLItemData> sortedItems) {
        Map<String, List<Integer>> alike = new LinkedHashMap<>();
        for (int i = 0; i < sortedItems.size(); i++) {
            alike.computeIfAbsent(ambiguityKey(sortedItems.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<CSLItemData> changed = new ArrayList<>();
        for (List<Integer> group : alike.values()) {
            for (int n = 0; n < group.size(); n++) {
                int i = group.get(n);
                CSLItemData item = sortedItems.get(i);
                String suffix = group.size() > 1 ? suffix(n) : null;
                if (!Objects.equals(suffix, item.getYearSuffix())) {
                    item = new CSLItemDataBuilder(item).yearSuffix(suffix).build();
                    sortedItems.set(i, item);
                    changed.add(item);
                }
            }
        }
        return changed;
    }

    /** "a" to "z", then "aa", "ab", ... as citeproc-js counts */
    static String suffix(int n) {
        StringBuilder s = new StringBuilder();
        int k = n + 1;
        while (k > 0) {
            k--;
            s.insert(0, (char) ('a' + k % 26));
            k /= 26;
        }
        return s.toString();
    }

    private String ambiguityKey(CSLItemData item) {
        CSLItemData plain = new CSLItemDataBuilder(item).yearSuffix(null).build();
        CSLCitationItem citationItem = new CSLCitationItemBuilder(plain.getId()).itemData(plain).build();
        RenderContext ctx = new RenderContext(style, locale, null, abbreviationProvider,
                new CSLCitation(citationItem), Collections.emptyList());
        style.getCitation().render(ctx);
        return outputFormat.formatCitation(ctx) + "\u0000" + names(item);
    }

    /** The names the style could add to tell cites apart, or "" if it adds none */
    private String names(CSLItemData item) {
        boolean addNames = style.getCitation().isDisambiguateAddNames();
        boolean addGivenname = style.getCitation().isDisambiguateAddGivenname();
        if (!addNames && !addGivenname) {
            return "";
        }
        return Stream.of(item.getAuthor(), item.getEditor(), item.getTranslator())
                .filter(Objects::nonNull)
                .flatMap(Arrays::stream)
                .map(name -> (addNames ? name.getFamily() + "|" + name.getLiteral() : "")
                        + (addGivenname ? "|" + name.getGiven() : ""))
                .collect(Collectors.joining(";"));
    }
}
