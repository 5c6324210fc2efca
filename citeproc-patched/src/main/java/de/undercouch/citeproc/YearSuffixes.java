/*
 * Part of the living-review project's patch 0001 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Gives items whose cites would read alike a year-suffix ("a", "b", ..., "z", "aa", ...) in the order of the
 * bibliography, as CSL's disambiguate-add-year-suffix asks.
 */
class YearSuffixes {
    private YearSuffixes() {
    }

    /**
     * Sets the year-suffix of the given items, in place
     * @param sortedItems all registered items in bibliography order
     * @param cite an item's cite without year-suffix, as the other disambiguation methods left it
     * @return the items whose year-suffix changed, as they are now
     */
    static List<CSLItemData> assign(List<CSLItemData> sortedItems, Function<CSLItemData, String> cite) {
        Map<String, List<Integer>> alike = new LinkedHashMap<>();
        for (int i = 0; i < sortedItems.size(); i++) {
            alike.computeIfAbsent(cite.apply(sortedItems.get(i)), k -> new ArrayList<>()).add(i);
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
}
