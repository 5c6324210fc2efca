/*
 * Part of the living-review project's patches 0011-0013 of citeproc-java 3.5.2 (docs/citations.md), written to
 * be offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.CSLName;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What disambiguation decided for the registered items: how many names their cites show, which names show
 * initials or full given names, and whether the disambiguate condition of cs:if holds for them.
 */
public final class Disambiguation {
    /** Nothing decided: every cite as the style renders it */
    public static final Disambiguation NONE = new Disambiguation(false);

    /** No initials or given names added */
    public static final int GIVEN_AS_STYLE = 0;
    /** The name with initials (or, if the style does not initialize, its full given name) */
    public static final int GIVEN_INITIALS = 1;
    /** The name with its full given name */
    public static final int GIVEN_FULL = 2;

    /**
     * One item's decisions
     * @param names how many names its name lists show at least (0: as the style says)
     * @param givenLevels the given-name level of each of its names, by {@link #placedKey(CSLName, int)}
     * @param condition whether the disambiguate condition holds
     */
    public record Item(int names, Map<String, Integer> givenLevels, boolean condition) {
        /** The decisions of an item nothing was decided for */
        public static final Item NONE = new Item(0, Map.of(), false);
    }

    private static final Pattern SPACES_AND_PERIODS = Pattern.compile("[\\s.]");

    private final Map<String, Item> items;
    private final Map<String, Integer> givenLevels;
    private final boolean primaryNameOnly;
    // PATCH 0109: whether cites are rendered to be told apart, not to be printed
    private final boolean tellingCitesApart;

    /**
     * @param primaryNameOnly {@code true} if the given-name levels that hold for every cite apply only to
     * the first name of a list (givenname-disambiguation-rule "primary-name" and
     * "primary-name-with-initials")
     */
    public Disambiguation(boolean primaryNameOnly) {
        this(new HashMap<>(), new HashMap<>(), primaryNameOnly, false);
    }

    private Disambiguation(Map<String, Item> items, Map<String, Integer> givenLevels, boolean primaryNameOnly,
            boolean tellingCitesApart) {
        this.items = items;
        this.givenLevels = givenLevels;
        this.primaryNameOnly = primaryNameOnly;
        this.tellingCitesApart = tellingCitesApart;
    }

    /**
     * PATCH 0109: these decisions (shared, not copied: what is decided later shows in both) for rendering
     * cites to tell them apart, where citeproc-js's getAmbiguousCite leaves the accessed date out
     * @return the decisions, marked for telling cites apart
     */
    public Disambiguation tellingCitesApart() {
        return new Disambiguation(items, givenLevels, primaryNameOnly, true);
    }

    /**
     * PATCH 0109: whether cites are rendered to be told apart (their accessed dates render nothing)
     * @return {@code true} if they are
     */
    public boolean isTellingCitesApart() {
        return tellingCitesApart;
    }

    /**
     * @param id an item's id
     * @return its decisions
     */
    public Item item(String id) {
        return items.getOrDefault(id, Item.NONE);
    }

    /**
     * Record an item's decisions
     * @param id the item's id
     * @param item its decisions
     */
    public void put(String id, Item item) {
        if (item.equals(Item.NONE)) {
            items.remove(id);
        } else {
            items.put(id, item);
        }
    }

    /**
     * Set the given-name level of a name in every cite
     * @param name the name
     * @param level its level
     */
    public void putGivenLevel(CSLName name, int level) {
        givenLevels.put(key(name), level);
    }

    /**
     * @return the given-name levels that hold for every cite, by {@link #key(CSLName)}
     */
    public Map<String, Integer> givenLevels() {
        return givenLevels;
    }

    /**
     * @param id an item's id
     * @return how many names its name lists show at least (0: as the style says)
     */
    public int names(String id) {
        return item(id).names();
    }

    /**
     * @param id an item's id
     * @param name one of its names
     * @param position the name's place in its list (0 for the first)
     * @return how much of the given name its cites show (one of the GIVEN_ constants)
     */
    public int givenLevel(String id, CSLName name, int position) {
        Item item = item(id);
        if (givenLevels.isEmpty() && item.givenLevels().isEmpty()) {
            return GIVEN_AS_STYLE;
        }
        String key = key(name);
        int general = primaryNameOnly && position > 0 ? GIVEN_AS_STYLE
                : givenLevels.getOrDefault(key, GIVEN_AS_STYLE);
        return Math.max(general, item.givenLevels().getOrDefault(placedKey(name, position), GIVEN_AS_STYLE));
    }

    /**
     * PATCH 0017: an item's own given-name levels are by place in the list, as citeproc-js's by-cite levels
     * @param name a name
     * @param position its place in its list (0 for the first)
     * @return the key of its level among an item's {@link Item#givenLevels()}
     */
    public static String placedKey(CSLName name, int position) {
        return key(name) + "\u0000" + position;
    }

    /**
     * @param id an item's id
     * @return whether the disambiguate condition holds for its cites
     */
    public boolean condition(String id) {
        return item(id).condition();
    }

    /**
     * @param name a name
     * @return what tells one person from another: all parts of the name ("J. J." and "J.J." are one given name)
     */
    public static String key(CSLName name) {
        return String.join("\u0000", Objects.toString(name.getFamily(), ""), givenKey(name),
                Objects.toString(name.getNonDroppingParticle(), ""), Objects.toString(name.getDroppingParticle(), ""),
                Objects.toString(name.getSuffix(), ""), Objects.toString(name.getLiteral(), ""));
    }

    /**
     * @param name a name
     * @return its given names as they tell people apart ("J. J." and "J.J." are one)
     */
    public static String givenKey(CSLName name) {
        return SPACES_AND_PERIODS.matcher(Objects.toString(name.getGiven(), "")).replaceAll("");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Disambiguation d && items.equals(d.items) && givenLevels.equals(d.givenLevels)
                && primaryNameOnly == d.primaryNameOnly;
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, givenLevels, primaryNameOnly);
    }
}
