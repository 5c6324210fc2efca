/*
 * Part of the living-review project's patches 0011-0013 of citeproc-java 3.5.2 (docs/citations.md), written to
 * be offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.Disambiguation;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SCitation;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.helper.StringHelper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Tells apart the registered items whose cites would read alike, with the methods the style allows and in
 * CSL's order, as citeproc-js does: names hidden by et-al are added, initials or given names are added to
 * names shared by different people, the disambiguate condition is set for what those could not tell
 * apart, and what is still alike gets a year-suffix.
 */
class Disambiguator {
    /** The name variables whose lists a cite may show, in the order cs:substitute usually tries them */
    private static final List<Function<CSLItemData, CSLName[]>> NAME_VARIABLES = List.of(CSLItemData::getAuthor,
            CSLItemData::getEditor, CSLItemData::getTranslator, CSLItemData::getComposer, CSLItemData::getDirector,
            CSLItemData::getIllustrator, CSLItemData::getInterviewer, CSLItemData::getRecipient,
            CSLItemData::getOriginalAuthor, CSLItemData::getReviewedAuthor, CSLItemData::getContainerAuthor,
            CSLItemData::getCollectionEditor, CSLItemData::getEditorialDirector);

    private final SStyle style;
    private final SCitation citation;
    private final LLocale locale;
    private final AbbreviationProvider abbreviationProvider;
    private final Format outputFormat;
    private final boolean givennamesByCite;

    /**
     * What disambiguation decided, and the items whose year-suffix it changed
     * @param disambiguation the decisions for the cites
     * @param suffixed the items whose year-suffix changed, as they are now
     */
    record Result(Disambiguation disambiguation, List<CSLItemData> suffixed) {
    }

    Disambiguator(SStyle style, LLocale locale, AbbreviationProvider abbreviationProvider, Format outputFormat) {
        this.style = style;
        this.citation = style.getCitation();
        this.locale = locale;
        this.abbreviationProvider = abbreviationProvider;
        this.outputFormat = outputFormat;
        this.givennamesByCite = citation.isDisambiguateAddGivenname()
                && "by-cite".equals(citation.getGivennameDisambiguationRule());
    }

    /**
     * @param style a style
     * @return whether its cites may need telling apart
     */
    static boolean appliesTo(SStyle style) {
        SCitation c = style.getCitation();
        return c != null && (c.isDisambiguateAddNames() || c.isDisambiguateAddGivenname()
                || c.isDisambiguateAddYearSuffix() || style.usesDisambiguateCondition());
    }

    /**
     * Decides how the cites of the given items are told apart; sets their year-suffixes in place
     * @param sortedItems all registered items in bibliography order
     * @return the decisions
     */
    Result disambiguate(List<CSLItemData> sortedItems) {
        String rule = citation.getGivennameDisambiguationRule();
        Disambiguation d = new Disambiguation(rule.startsWith("primary-name"));
        if (citation.isDisambiguateAddGivenname() && !givennamesByCite) {
            expandNamesGenerally(d, sortedItems, rule.startsWith("primary-name"), rule.endsWith("with-initials"));
        }
        if (citation.isDisambiguateAddNames() || givennamesByCite) {
            for (List<CSLItemData> alike : alike(sortedItems, d)) {
                addNamesAndGivennames(d, alike);
            }
        }
        if (style.usesDisambiguateCondition()) {
            for (List<CSLItemData> alike : alike(sortedItems, d)) {
                for (CSLItemData item : alike) {
                    Disambiguation.Item was = d.item(item.getId());
                    d.put(item.getId(), new Disambiguation.Item(was.names(), was.givenLevels(), true));
                }
            }
        }
        List<CSLItemData> suffixed = citation.isDisambiguateAddYearSuffix()
                ? YearSuffixes.assign(sortedItems, item -> cite(item, d)) : List.of();
        return new Result(d, suffixed);
    }

    /**
     * Given-name rules other than "by-cite": every name (or first name) whose family name another person's
     * name (or first name) shares shows initials where they tell the two apart, else (unless the rule stops
     * at initials) its given name
     */
    private static void expandNamesGenerally(Disambiguation d, List<CSLItemData> items, boolean primaryOnly,
            boolean initialsOnly) {
        Map<String, Map<String, CSLName>> peopleByFamily = new HashMap<>();
        for (CSLItemData item : items) {
            names(item, primaryOnly).filter(n -> n.getFamily() != null).forEach(n -> peopleByFamily
                    .computeIfAbsent(family(n), f -> new LinkedHashMap<>()).putIfAbsent(Disambiguation.key(n), n));
        }
        for (Map<String, CSLName> people : peopleByFamily.values()) {
            if (people.size() > 1) {
                for (CSLName person : people.values()) {
                    int level = level(person, people.values());
                    if (level == Disambiguation.GIVEN_INITIALS || !initialsOnly) {
                        d.putGivenLevel(person, level);
                    }
                }
            }
        }
    }

    /**
     * Adds names, one at a time, to items whose cites read alike, and (by-cite rule) initials or given
     * names to the names they show that another of them shares; an item keeps the names that first tell
     * it apart; items never told apart keep what the last step that told any apart gave them
     */
    private void addNamesAndGivennames(Disambiguation d, List<CSLItemData> alike) {
        boolean addNames = citation.isDisambiguateAddNames();
        int mostNames = addNames ? alike.stream().mapToInt(Disambiguator::mostNames).max().orElse(0) : 0;
        List<CSLItemData> pending = new ArrayList<>(alike);
        Map<String, Disambiguation.Item> lastTellingApart = new HashMap<>();
        for (int shown = addNames ? 1 : 0; shown <= mostNames && pending.size() > 1; shown++) {
            Map<String, Disambiguation.Item> step = new HashMap<>();
            for (CSLItemData item : pending) {
                Map<String, Integer> levels = givennamesByCite ? givenLevels(item, pending, shown) : Map.of();
                step.put(item.getId(), new Disambiguation.Item(shown, levels, false));
            }
            step.forEach(d::put);
            Map<String, String> cites = new HashMap<>();
            Map<String, Integer> readers = new HashMap<>();
            for (CSLItemData item : alike) {
                String cite = cite(item, d);
                cites.put(item.getId(), cite);
                readers.merge(cite, 1, Integer::sum);
            }
            int before = pending.size();
            pending.removeIf(item -> readers.get(cites.get(item.getId())) == 1);
            if (pending.size() < before) {
                lastTellingApart = step;
            }
        }
        for (CSLItemData item : pending) {
            d.put(item.getId(), lastTellingApart.getOrDefault(item.getId(), Disambiguation.Item.NONE));
        }
    }

    /**
     * The given-name levels of an item's names that another pending item has in the same place with the
     * same family name but as another person
     */
    private static Map<String, Integer> givenLevels(CSLItemData item, List<CSLItemData> pending, int shown) {
        Map<String, Integer> levels = new HashMap<>();
        for (Function<CSLItemData, CSLName[]> variable : NAME_VARIABLES) {
            CSLName[] names = variable.apply(item);
            int end = names == null ? 0 : shown == 0 ? names.length : Math.min(shown, names.length);
            for (int i = 0; i < end; i++) {
                CSLName name = names[i];
                if (name.getFamily() == null) {
                    continue;
                }
                List<CSLName> namesakes = new ArrayList<>(List.of(name));
                for (CSLItemData other : pending) {
                    CSLName[] others = variable.apply(other);
                    if (other != item && others != null && others.length > i && family(name).equals(family(others[i]))
                            && !Disambiguation.key(name).equals(Disambiguation.key(others[i]))) {
                        namesakes.add(others[i]);
                    }
                }
                if (namesakes.size() > 1) {
                    levels.put(Disambiguation.key(name), level(name, namesakes));
                }
            }
        }
        return levels;
    }

    /** Initials if they tell the name from its namesakes, else the full given name */
    private static int level(CSLName name, Collection<CSLName> namesakes) {
        String initials = initials(name);
        boolean initialsTell = namesakes.stream().filter(n -> n != name).noneMatch(n -> initials.equals(initials(n)));
        return initialsTell ? Disambiguation.GIVEN_INITIALS : Disambiguation.GIVEN_FULL;
    }

    private static String initials(CSLName name) {
        return name.getGiven() == null ? "" : StringHelper.initializeName(name.getGiven(), ".");
    }

    private static String family(CSLName name) {
        return Objects.toString(name.getNonDroppingParticle(), "") + " " + Objects.toString(name.getFamily(), "");
    }

    private static Stream<CSLName> names(CSLItemData item, boolean firstOnly) {
        return NAME_VARIABLES.stream().map(v -> v.apply(item)).filter(names -> names != null && names.length > 0)
                .flatMap(names -> firstOnly ? Stream.of(names[0]) : Stream.of(names));
    }

    private static int mostNames(CSLItemData item) {
        return NAME_VARIABLES.stream().map(v -> v.apply(item)).filter(Objects::nonNull)
                .mapToInt(names -> names.length).max().orElse(0);
    }

    /** The groups of two or more items whose cites read alike */
    private List<List<CSLItemData>> alike(List<CSLItemData> items, Disambiguation d) {
        return byCite(items, d).values().stream().filter(group -> group.size() > 1).toList();
    }

    private Map<String, List<CSLItemData>> byCite(List<CSLItemData> items, Disambiguation d) {
        Map<String, List<CSLItemData>> byCite = new LinkedHashMap<>();
        for (CSLItemData item : items) {
            byCite.computeIfAbsent(cite(item, d), c -> new ArrayList<>()).add(item);
        }
        return byCite;
    }

    /** An item's cite, alone and without year-suffix, as the decisions so far render it */
    private String cite(CSLItemData item, Disambiguation d) {
        CSLItemData plain = item.getYearSuffix() == null ? item : new CSLItemDataBuilder(item).yearSuffix(null).build();
        CSLCitationItem citationItem = new CSLCitationItemBuilder(plain.getId()).itemData(plain).build();
        RenderContext ctx = new RenderContext(style, locale, null, abbreviationProvider,
                new CSLCitation(citationItem), Collections.emptyList());
        ctx.setDisambiguation(d);
        citation.render(ctx);
        return outputFormat.formatCitation(ctx);
    }
}
