/*
 * Part of the living-review project's patch 0016 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.Disambiguation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * PATCH 0016: adds names and (by-cite) given names to one set of items whose cites read alike, step by step
 * as citeproc-js's CSL.Disambiguation does (runDisambig, incrementDisambig, disNames): the items sorted by
 * their number of names, the first compared with the others; the names and given-name levels used to
 * compare only grow, and an item told apart keeps the steps that made fewer cites clash.
 */
final class NamesRun {
    /** How many names a cite shows and the given-name level of each of its first names */
    private static final class Config {
        private int names;
        private final int[] givens;

        private Config(int names, int[] givens) {
            this.names = names;
            this.givens = givens;
        }

        private Config copy() {
            return new Config(names, givens.clone());
        }
    }

    private final Disambiguation d;
    private final Function<CSLItemData, String> cite;
    private final Function<CSLItemData, CSLName[]> firstNames;
    private final boolean addNames;
    private final boolean givens;
    private final boolean laterMode;
    private final List<List<CSLItemData>> lists = new ArrayList<>();
    private final Map<String, Disambiguation.Item> registered = new HashMap<>();
    private Config base;
    private Config better;
    private int namesMax;
    private int gname;
    private boolean initGivens = true;
    private boolean namesMode = true;
    private final int[] clashes = new int[2];
    private List<CSLItemData> partners;
    private List<CSLItemData> nonpartners;

    /**
     * @param d the decisions, which the run sets for the items of its set
     * @param cite an item's cite under the current decisions, without year-suffix
     * @param firstNames the name list an item's cite shows first
     * @param addNames whether the style adds names (disambiguate-add-names)
     * @param givens whether it adds given names by cite (givenname-disambiguation-rule "by-cite")
     * @param laterMode whether year-suffixes or the disambiguate condition follow
     */
    NamesRun(Disambiguation d, Function<CSLItemData, String> cite, Function<CSLItemData, CSLName[]> firstNames,
            boolean addNames, boolean givens, boolean laterMode) {
        this.d = d;
        this.cite = cite;
        this.firstNames = firstNames;
        this.addNames = addNames;
        this.givens = givens;
        this.laterMode = laterMode;
    }

    /**
     * Decides the names and given names of a set of items whose cites read alike
     * @param alike the items
     */
    void run(List<CSLItemData> alike) {
        // citeproc-js sorts by the number of names as text ("12" before "3"), then by id
        List<CSLItemData> sorted = alike.stream().sorted(Comparator
                .comparing((CSLItemData item) -> String.valueOf(count(item))).thenComparing(CSLItemData::getId))
                .toList();
        namesMax = count(sorted.get(0));
        // a given-name level for each name a cite of the set may show, as citeproc-js's rendering pads them
        base = new Config(1, new int[Math.max(1, sorted.stream().mapToInt(this::count).max().orElse(1))]);
        better = base.copy();
        lists.add(sorted);
        while (!lists.isEmpty()) {
            gname = 0;
            clashes[0] = 1;
            clashes[1] = 0;
            while (!lists.get(0).isEmpty()) {
                boolean maxed = increment();
                scan(lists.get(0));
                evaluate(maxed);
            }
            lists.remove(0);
        }
        for (CSLItemData item : alike) {
            d.put(item.getId(), registered.getOrDefault(item.getId(), Disambiguation.Item.NONE));
        }
    }

    private int count(CSLItemData item) {
        CSLName[] names = firstNames.apply(item);
        return names == null ? 0 : names.length;
    }

    /** One more given-name level for the current name, else one more name; whether nothing is left to add */
    private boolean increment() {
        if (initGivens) {
            initGivens = false;
            return false;
        }
        if (!namesMode) {
            return false;
        }
        boolean incrementNames = true;
        if (givens && hasGivens() && base.givens[gname] < Disambiguation.GIVEN_FULL) {
            base.givens[gname]++;
            incrementNames = false;
        }
        if (incrementNames && addNames && gname < namesMax) {
            base.names++;
            gname++;
        }
        return (!addNames || gname == namesMax)
                && (!givens || !hasGivens() || base.givens[gname] == Disambiguation.GIVEN_FULL);
    }

    /** Whether the current name has a given-name level: whether a cite shows it */
    private boolean hasGivens() {
        return gname < Math.min(base.names, base.givens.length);
    }

    /** Compares the first item's cite with the others', all as the current step renders them */
    private void scan(List<CSLItemData> list) {
        for (CSLItemData item : list) {
            d.put(item.getId(), decisions(item, base));
        }
        String first = cite.apply(list.get(0));
        partners = new ArrayList<>(List.of(list.get(0)));
        nonpartners = new ArrayList<>();
        for (CSLItemData other : list.subList(1, list.size())) {
            (first.equals(cite.apply(other)) ? partners : nonpartners).add(other);
        }
        clashes[0] = clashes[1];
        clashes[1] = partners.size() - 1;
    }

    private void evaluate(boolean maxed) {
        if (namesMode) {
            disNames(maxed);
            if (maxed) {
                if (laterMode) {
                    namesMode = false;
                } else if (lists.size() > 1) {
                    lists.set(1, List.of());
                } else {
                    lists.add(List.of());
                }
            }
        } else {
            // year-suffixes follow: items still alike keep the names reached; the others stay as the style says
            if (clashes[1] > 0) {
                lists.get(0).forEach(this::register);
            }
            lists.set(0, List.of());
        }
    }

    private void disNames(boolean maxed) {
        if (clashes[1] == 0 && nonpartners.size() == 1) {
            capture();
            register(nonpartners.get(0));
            register(partners.get(0));
            lists.set(0, List.of());
        } else if (clashes[1] == 0) {
            capture();
            register(partners.get(0));
            lists.set(0, nonpartners);
            initGivens = !nonpartners.isEmpty();
        } else if (nonpartners.size() == 1) {
            capture();
            register(nonpartners.get(0));
            lists.set(0, partners);
        } else if (clashes[1] < clashes[0]) {
            capture();
            lists.set(0, partners);
            lists.add(nonpartners);
        } else if (maxed) {
            lists.set(0, nonpartners);
            lists.add(partners);
            if (!laterMode) {
                partners.forEach(this::register);
                lists.set(0, List.of());
            }
        }
    }

    /** The step made fewer cites clash: what it added is kept */
    private void capture() {
        if (givens && hasGivens()) {
            better.givens[gname] = base.givens[gname];
        }
        better.names = base.names;
    }

    private void register(CSLItemData item) {
        registered.put(item.getId(), decisions(item, better));
    }

    private Disambiguation.Item decisions(CSLItemData item, Config config) {
        Map<String, Integer> levels = new HashMap<>();
        CSLName[] names = firstNames.apply(item);
        for (int i = 0; names != null && i < Math.min(names.length, Math.min(config.names, config.givens.length)); i++) {
            if (config.givens[i] > Disambiguation.GIVEN_AS_STYLE && names[i].getFamily() != null) {
                levels.put(Disambiguation.placedKey(names[i], i), config.givens[i]); // PATCH 0017
            }
        }
        return new Disambiguation.Item(config.names, levels, false);
    }
}
