/*
 * Part of the living-review project's patch 0075 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the particles and suffix that an item's names carry in their family and given names, as citeproc-js
 * does ({@code CSL.NameOutput._parseName}, {@code CSL.parseParticles}).
 */
final class NameParser {

    /** a leading word of a family name, ended by a space, hyphen or apostrophe ("van ", "al-", "d'") */
    private static final Pattern FAMILY_PARTICLE = Pattern.compile("^([^ ]+(?:-|\u02bb|\u2019| |') *)(.+)$");

    /** a trailing word of a given name, matched in the reversed given name */
    private static final Pattern GIVEN_PARTICLE = Pattern.compile("^([^ ]+(?:\u02bb |\u2019 | |' ) *)(.+)$");

    /** the first letter of a word after leading hyphens, apostrophes and spaces */
    private static final Pattern FIRST_CHARACTER = Pattern.compile("^[-'\u02bb\u2019\\s]*(.).*$",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** the comma before a suffix in a given name ("John, III"), with "!" to keep it ("John,! Jr.") */
    private static final Pattern SUFFIX_COMMA = Pattern.compile("(\\s*,!*\\s*)", Pattern.UNICODE_CHARACTER_CLASS);

    private record NameVariable(Function<CSLItemData, CSLName[]> get,
            BiFunction<CSLItemDataBuilder, CSLName[], CSLItemDataBuilder> set) {
    }

    private static final List<NameVariable> VARIABLES = List.of(
            new NameVariable(CSLItemData::getAuthor, CSLItemDataBuilder::author),
            new NameVariable(CSLItemData::getChair, CSLItemDataBuilder::chair),
            new NameVariable(CSLItemData::getCollectionEditor, CSLItemDataBuilder::collectionEditor),
            new NameVariable(CSLItemData::getCompiler, CSLItemDataBuilder::compiler),
            new NameVariable(CSLItemData::getComposer, CSLItemDataBuilder::composer),
            new NameVariable(CSLItemData::getContainerAuthor, CSLItemDataBuilder::containerAuthor),
            new NameVariable(CSLItemData::getContributor, CSLItemDataBuilder::contributor),
            new NameVariable(CSLItemData::getCurator, CSLItemDataBuilder::curator),
            new NameVariable(CSLItemData::getDirector, CSLItemDataBuilder::director),
            new NameVariable(CSLItemData::getEditor, CSLItemDataBuilder::editor),
            new NameVariable(CSLItemData::getEditorialDirector, CSLItemDataBuilder::editorialDirector),
            new NameVariable(CSLItemData::getExecutiveProducer, CSLItemDataBuilder::executiveProducer),
            new NameVariable(CSLItemData::getGuest, CSLItemDataBuilder::guest),
            new NameVariable(CSLItemData::getHost, CSLItemDataBuilder::host),
            new NameVariable(CSLItemData::getInterviewer, CSLItemDataBuilder::interviewer),
            new NameVariable(CSLItemData::getIllustrator, CSLItemDataBuilder::illustrator),
            new NameVariable(CSLItemData::getNarrator, CSLItemDataBuilder::narrator),
            new NameVariable(CSLItemData::getOrganizer, CSLItemDataBuilder::organizer),
            new NameVariable(CSLItemData::getOriginalAuthor, CSLItemDataBuilder::originalAuthor),
            new NameVariable(CSLItemData::getPerformer, CSLItemDataBuilder::performer),
            new NameVariable(CSLItemData::getProducer, CSLItemDataBuilder::producer),
            new NameVariable(CSLItemData::getRecipient, CSLItemDataBuilder::recipient),
            new NameVariable(CSLItemData::getReviewedAuthor, CSLItemDataBuilder::reviewedAuthor),
            new NameVariable(CSLItemData::getScriptWriter, CSLItemDataBuilder::scriptWriter),
            new NameVariable(CSLItemData::getSeriesCreator, CSLItemDataBuilder::seriesCreator),
            new NameVariable(CSLItemData::getTranslator, CSLItemDataBuilder::translator));

    private NameParser() {
    }

    /**
     * The item with every name parsed
     * @param item the item as given
     * @return the item, or a copy of it whose names changed
     */
    static CSLItemData parseNames(CSLItemData item) {
        CSLItemDataBuilder builder = null;
        for (NameVariable variable : VARIABLES) {
            CSLName[] names = variable.get().apply(item);
            if (names == null) {
                continue;
            }
            CSLName[] parsed = names.clone();
            boolean changed = false;
            for (int i = 0; i < parsed.length; i++) {
                parsed[i] = parse(names[i]);
                changed |= parsed[i] != names[i];
            }
            if (changed) {
                builder = variable.set().apply(builder == null ? new CSLItemDataBuilder(item) : builder, parsed);
            }
        }
        return builder == null ? item : builder.build();
    }

    /**
     * A name as citeproc-js reads it: a family name in double quotes is taken as it stands without them
     * ("\"Van Dyke\""); otherwise, unless the name says {@code parse-names: false}, has its particles
     * apart or static particles, the leading lower-case words of the family name are its non-dropping
     * particle ("van der" of "van der Vlist", "al-" of "al-One", "d'" of "d'Aubignac"), what follows a
     * comma in the given name is its suffix ("John, III"; after ",!" printed after a comma), and the
     * trailing lower-case words of the given name are its dropping particle ("von" of "Alexander von")
     * @param name the name as given
     * @return the name, or a parsed copy of it
     */
    static CSLName parse(CSLName name) {
        String family = name.getFamily();
        if (Boolean.FALSE.equals(name.getParseNames()) || family == null || name.getLiteral() != null) {
            return name;
        }
        if (family.length() > 1 && family.startsWith("\"") && family.endsWith("\"")) {
            return new CSLNameBuilder(name).family(family.substring(1, family.length() - 1)).parseNames(false).build();
        }
        if (isEmpty(name.getGiven()) || !isEmpty(name.getNonDroppingParticle())
                || Boolean.TRUE.equals(name.getStaticParticles())) {
            return name;
        }
        CSLNameBuilder parsed = new CSLNameBuilder(name);
        List<String> familyParticles = new ArrayList<>();
        String rest = split(family, false, familyParticles);
        String nonDropping = trimLast(String.join("", familyParticles));
        if (!nonDropping.isEmpty()) {
            parsed.family(rest).nonDroppingParticle(nonDropping);
        }
        String given = name.getGiven();
        Matcher comma = SUFFIX_COMMA.matcher(given);
        if (isEmpty(name.getSuffix()) && comma.find()) {
            parsed.suffix(given.substring(comma.end()));
            if (comma.group(1).strip().length() == 2) {
                parsed.commaSuffix(true);
            }
            given = given.substring(0, comma.start());
        }
        List<String> givenParticles = new ArrayList<>();
        given = split(given, true, givenParticles);
        String dropping = String.join("", givenParticles).strip();
        if (!dropping.isEmpty()) {
            parsed.droppingParticle(dropping);
        }
        return parsed.given(given).build();
    }

    /**
     * citeproc-js's {@code splitParticles}: takes the particles off the start of a family name or the end
     * of a given name
     * @param value the family or given name
     * @param given {@code true} for a given name, whose trailing particles are taken
     * @param particles receives the particles, in order
     * @return the name without its particles
     */
    private static String split(String value, boolean given, List<String> particles) {
        String rest = value;
        Matcher m = (given ? GIVEN_PARTICLE : FAMILY_PARTICLE).matcher(given ? reverse(value) : value);
        while (m.matches()) {
            String word = given ? reverse(m.group(1)) : m.group(1);
            if (!startsInLowerCase(word)) {
                break;
            }
            if (given) {
                particles.add(rest.substring(rest.length() - word.length()));
                rest = rest.substring(0, rest.length() - word.length());
            } else {
                particles.add(rest.substring(0, word.length()));
                rest = rest.substring(word.length());
            }
            m = m.pattern().matcher(m.group(2));
        }
        if (given) {
            Collections.reverse(particles);
            for (int i = 1; i < particles.size(); i++) {
                if (particles.get(i).startsWith(" ")) {
                    particles.set(i - 1, particles.get(i - 1) + " ");
                }
            }
            particles.replaceAll(p -> p.startsWith(" ") ? p.substring(1) : p);
        }
        return rest;
    }

    private static boolean startsInLowerCase(String word) {
        Matcher first = FIRST_CHARACTER.matcher(word);
        String c = first.matches() ? first.group(1) : word;
        return !c.toUpperCase(Locale.ROOT).equals(c);
    }

    /** citeproc-js's {@code trimLast}: trimmed, but a particle that ends in an apostrophe keeps a space after it */
    private static String trimLast(String particle) {
        String trimmed = particle.strip();
        if (particle.endsWith(" ") && (trimmed.endsWith("'") || trimmed.endsWith("\u2019"))) {
            return trimmed + " ";
        }
        return trimmed;
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
