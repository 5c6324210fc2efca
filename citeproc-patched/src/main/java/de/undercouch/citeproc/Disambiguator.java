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
    /** The cites rendered so far, by item and decisions (the decisions for all items are fixed before) */
    private final Map<CiteKey, String> cites = new HashMap<>();

    private record CiteKey(String id, Disambiguation.Item decisions) {
    }

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
            // PATCH 0016: citeproc-js's steps and its choice of the names each item keeps
            boolean laterMode = citation.isDisambiguateAddYearSuffix() || style.usesDisambiguateCondition();
            for (List<CSLItemData> alike : alike(sortedItems, d)) {
                new NamesRun(d, item -> cite(item, d), Disambiguator::firstNames, citation.isDisambiguateAddNames(),
                        givennamesByCite, laterMode).run(alike);
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
     * at initials) its given name. As in citeproc-js, a person is a family and a given name: "Anna Smith"
     * and "Anna Smith Jr." are one.
     */
    private static void expandNamesGenerally(Disambiguation d, List<CSLItemData> items, boolean primaryOnly,
            boolean initialsOnly) {
        Map<String, Map<String, List<CSLName>>> peopleByFamily = new HashMap<>();
        for (CSLItemData item : items) {
            names(item, primaryOnly).filter(n -> n.getFamily() != null).forEach(n -> peopleByFamily
                    .computeIfAbsent(family(n), f -> new LinkedHashMap<>())
                    .computeIfAbsent(Disambiguation.givenKey(n), g -> new ArrayList<>()).add(n));
        }
        for (Map<String, List<CSLName>> people : peopleByFamily.values()) {
            if (people.size() > 1) {
                List<String> initials = people.values().stream().map(names -> initials(names.get(0))).toList();
                for (List<CSLName> person : people.values()) {
                    String own = initials(person.get(0));
                    long sameInitials = initials.stream().filter(own::equals).count() - 1;
                    int level = sameInitials == 0 ? Disambiguation.GIVEN_INITIALS
                            : !initialsOnly ? Disambiguation.GIVEN_FULL
                            : sameInitials < people.size() - 1 ? Disambiguation.GIVEN_INITIALS
                            : Disambiguation.GIVEN_AS_STYLE;
                    if (level != Disambiguation.GIVEN_AS_STYLE) {
                        person.forEach(name -> d.putGivenLevel(name, level));
                    }
                }
            }
        }
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

    /** The first name list an item has: the one its cite shows, where cs:substitute tries them in this order */
    private static CSLName[] firstNames(CSLItemData item) {
        return NAME_VARIABLES.stream().map(v -> v.apply(item)).filter(names -> names != null && names.length > 0)
                .findFirst().orElse(null);
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

    /** An item's cite, alone and without year-suffix, as the decisions so far render it (rendered once) */
    private String cite(CSLItemData item, Disambiguation d) {
        return cites.computeIfAbsent(new CiteKey(item.getId(), d.item(item.getId())), key -> render(item, d));
    }

    private String render(CSLItemData item, Disambiguation d) {
        CSLItemData plain = item.getYearSuffix() == null ? item : new CSLItemDataBuilder(item).yearSuffix(null).build();
        // PATCH 0162: as citeproc-js's getAmbiguousCite, the cite is told apart in its subsequent form
        // (et-al-subsequent-min and the style's position tests apply), even if it is cited only once
        CSLCitationItem citationItem = new CSLCitationItemBuilder(plain.getId()).itemData(plain)
                .position(1).build();
        RenderContext ctx = new RenderContext(style, locale, null, abbreviationProvider,
                new CSLCitation(citationItem), Collections.emptyList());
        ctx.setDisambiguation(d.tellingCitesApart()); // PATCH 0109
        citation.render(ctx);
        return outputFormat.formatCitation(ctx);
    }
}
