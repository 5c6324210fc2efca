package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livingreview.bib.CslJson;
import org.livingreview.model.Identifiers;
import org.livingreview.model.ItemTypes;
import org.livingreview.model.Name;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;
import org.livingreview.model.SeedLimits;

/** Reads one CSL-JSON item into a {@link Reference}: the inverse of {@link CslJson#item}, and lenient where Zotero is. */
final class CslItemReader {

    /** The types whose CSL {@code number} is an article number (e-locator), printed where pages would be. */
    private static final java.util.Set<String> ARTICLE_NUMBER_TYPES = java.util.Set.of("article-journal",
            "article-magazine", "article-newspaper", "paper-conference");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_PARTICLE = Pattern.compile("((?:\\p{Ll}+ )+)(\\p{Lu}.*)");
    /** A page range's dash as exports write it: "--", or a Unicode hyphen or dash (Cochrane writes U+2010). */
    private static final Pattern DASHES = Pattern.compile("--+|[\u2010-\u2015]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private static final Pattern PMCID = Pattern.compile("(?i)pmc\\d+");
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");
    /** Zotero's and citeproc-js's given name with a suffix after a comma ("Martin Luther, Jr."). */
    private static final Pattern GIVEN_SUFFIX = Pattern.compile("(.+?),\\s*(\\S.*)");
    /** A given name ending in a dropping particle, as citeproc-js reads it ("Ludwig van"). */
    private static final Pattern TRAILING_PARTICLE = Pattern.compile("(.*\\p{Lu}.*?)((?: \\p{Ll}+)+)");
    private static final Pattern INCOMPLETE_LINE = Pattern.compile("(?mi)^\\s*"
            + Pattern.quote(CslJson.INCOMPLETE_AUTHORS.substring(0, CslJson.INCOMPLETE_AUTHORS.indexOf(':') + 1))
            + "\\s*incomplete");

    private CslItemReader() {
    }

    /** Counts the item as read into a reference, or as refused when it is unusable (the reason is reported). */
    static void read(JsonNode item, RecordContext context) {
        if (!item.isObject()) {
            context.refuse("a record must be a JSON object, not " + kind(item) + " — export the items again from"
                    + " Zotero as CSL JSON");
            return;
        }
        String title = text(item, "title", context);
        if (title == null) {
            context.refuse("the record has no title — add one in the reference manager and export again");
            return;
        }
        String note = text(item, "note", context);
        String type = text(item, "type", context);
        String typeLine = fromNote(note, "type");
        if (typeLine != null && ItemTypes.isKnown(typeLine)) {
            type = typeLine; // a "type: software" line (Zotero's Extra, citeproc-js) names the precise type
        }
        if (type == null || !ItemTypes.isKnown(type)) {
            context.warning("unknown item type '" + type + "', imported as 'document' — correct 'type' in the new"
                    + " paper file");
            type = "document";
        }
        List<Name> authors = names(item, "author", context);
        boolean incomplete = endsWithOthers(authors);
        if (incomplete) {
            authors = authors.subList(0, authors.size() - 1);
        }
        incomplete |= note != null && INCOMPLETE_LINE.matcher(note).find();
        String page = text(item, "page", context);
        String number = text(item, "number", context);
        String articleNumber = null;
        String url = text(item, "URL", context);
        if (number != null && ARTICLE_NUMBER_TYPES.contains(type)) {
            articleNumber = number;
            if (number.equals(page)) {
                page = null; // the article number written where readers look for pages
            }
        } else if (number != null && (url == null || !url.contains(number.replaceFirst("(?i)^arxiv:", "")))) {
            context.warning("'number' (" + number + ") of a " + type + " is its series, report, patent or archive"
                    + " number, which a paper file has no field for (only a journal article's article number); it"
                    + " was left out");
        }
        String shortTitle = first(first(text(item, "container-title-short", context),
                text(item, "journalAbbreviation", context)), fromNote(note, "Journal Abbreviation"));
        String keywords = text(item, "keyword", context);
        UrlAndDoi urlAndDoi = urlAndDoi(url, text(item, "DOI", context), context);
        context.read(new Reference(
                type,
                title,
                first(first(text(item, "title-short", context), text(item, "shortTitle", context)),
                        fromNote(note, "Short title")),
                authors,
                incomplete,
                names(item, "editor", context),
                date(item.get("issued"), context),
                text(item, "container-title", context),
                shortTitle,
                first(text(item, "collection-title", context), fromNote(note, "Series")),
                first(text(item, "volume", context), fromNote(note, "Volume")),
                text(item, "issue", context),
                page == null ? null : DASHES.matcher(page).replaceAll("-"),
                articleNumber,
                text(item, "edition", context),
                text(item, "publisher", context),
                text(item, "publisher-place", context),
                first(text(item, "ISBN", context), fromNote(note, "ISBN")),
                doi(urlAndDoi.doi(), context),
                checked(first(text(item, "PMID", context), fromNote(note, "PMID")), Identifiers::isPmid, "PMID",
                        context),
                checked(pmcid(first(text(item, "PMCID", context), fromNote(note, "PMCID"))), Identifiers::isPmcid,
                        "PMCID", context),
                urlAndDoi.url(),
                text(item, "language", context),
                first(fromNote(note, "Publication type"), text(item, "genre", context)),
                keywords == null ? List.of() : Arrays.stream(keywords.split(keywords.contains(";") ? ";" : ","))
                        .map(String::strip)
                        .filter(k -> !k.isEmpty()).toList()));
    }

    /** The URL and the DOI a record gives, either possibly null. */
    private record UrlAndDoi(String url, String doi) {
    }

    /** Whether a name list ends in BibTeX's "others" marker (as literal, or as a lone family name). */
    static boolean endsWithOthers(List<Name> names) {
        if (names.isEmpty()) {
            return false;
        }
        Name last = names.get(names.size() - 1);
        String value = last.isLiteral() ? last.literal() : last.given() == null && last.particle() == null
                ? last.family() : null;
        return value != null && (value.equalsIgnoreCase(CslJson.OTHERS) || value.equalsIgnoreCase("et al.")
                || value.equalsIgnoreCase("et al"));
    }

    /** A "PMID: 123" line of a note, where Zotero keeps identifiers it has no field for ("Extra"). */
    private static String fromNote(String note, String key) {
        if (note == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?mi)^\\s*" + key + ":\\s*(\\S.*?)\\s*$").matcher(note);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The URL a seed can hold (the first http(s) address; Zotero writes several, space-separated) and the DOI,
     * taken from the URL field when that holds only a DOI; what is left out is reported.
     */
    private static UrlAndDoi urlAndDoi(String urls, String doi, RecordContext context) {
        if (urls == null) {
            return new UrlAndDoi(null, doi);
        }
        String[] parts = urls.split("\\s+");
        String bare = DOI_PREFIX.matcher(parts[0]).replaceFirst("");
        if (parts.length == 1 && (Identifiers.isDoi(bare) && (doi == null || !parts[0].matches("https?://.*")))) {
            if (doi != null && !Identifiers.normalizeDoi(doi).equals(Identifiers.normalizeDoi(bare))) {
                context.warning("'URL' holds the DOI " + bare + ", not the record's DOI " + doi + "; it was left out");
            }
            return new UrlAndDoi(null, doi != null ? doi : bare);
        }
        String url = java.util.Arrays.stream(parts).filter(p -> p.matches("https?://\\S+")).findFirst().orElse(null);
        if (url == null) {
            context.warning("'URL' holds no http:// or https:// address ('" + urls + "'); it was left out");
        } else if (parts.length > 1) {
            context.warning("'URL' holds " + parts.length + " addresses; the first, " + url + ", was kept — a paper"
                    + " file holds one");
        }
        return new UrlAndDoi(url, doi);
    }

    /** A PMCID as PubMed writes it: "Pmc4348420" and "pmc4348420" are "PMC4348420". */
    private static String pmcid(String value) {
        return value != null && PMCID.matcher(value).matches() ? "PMC" + value.substring(3) : value;
    }

    private static String doi(String value, RecordContext context) {
        if (value == null) {
            return null;
        }
        String bare = DOI_PREFIX.matcher(value).replaceFirst("").strip();
        return checked(bare, Identifiers::isDoi, "DOI", context);
    }

    private static String checked(String value, java.util.function.Predicate<String> valid, String what,
                                  RecordContext context) {
        if (value == null || valid.test(value)) {
            return value;
        }
        context.warning("'" + value + "' is not a valid " + what + " and was left out — add the right one to"
                + " the new paper file if you know it");
        return null;
    }

    private static List<Name> names(JsonNode item, String field, RecordContext context) {
        JsonNode array = item.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            context.warning("'" + field + "' must be a list of names, not " + kind(array) + "; the names were left"
                    + " out — add them to the new paper file");
            return List.of();
        }
        List<Name> names = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isObject()) {
                context.warning("each name in '" + field + "' must be an object such as {\"family\": \"Doe\","
                        + " \"given\": \"Jane\"}, not " + kind(n) + "; it was left out");
                continue;
            }
            String literal = text(n, "literal", context);
            String family = text(n, "family", context);
            String given = text(n, "given", context);
            if (literal != null) {
                names.add(Name.organisation(literal));
            } else if (family != null || given != null) {
                String particle = text(n, "non-dropping-particle", context);
                String dropping = text(n, "dropping-particle", context);
                String suffix = text(n, "suffix", context);
                if (family != null && particle == null && dropping == null && suffix == null) {
                    // Zotero keeps particles in the family name ("van Outersterp"), a dropping particle and
                    // a suffix in the given name ("Ludwig van", "Martin Luther, Jr."), as citeproc-js reads them.
                    Matcher m = LEADING_PARTICLE.matcher(family);
                    if (m.matches()) {
                        particle = m.group(1).strip();
                        family = m.group(2);
                    }
                    Matcher s = given == null ? null : GIVEN_SUFFIX.matcher(given);
                    if (s != null && s.matches()) {
                        given = s.group(1);
                        suffix = s.group(2);
                    }
                    Matcher d = given == null ? null : TRAILING_PARTICLE.matcher(given);
                    if (d != null && d.matches()) {
                        given = d.group(1);
                        dropping = d.group(2).strip();
                    }
                }
                names.add(new Name(family != null ? family : given, family != null ? given : null, particle,
                        dropping, suffix, null));
            }
        }
        return names;
    }

    private static PartialDate date(JsonNode node, RecordContext context) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return parseLoose(node.asText(), context);
        }
        JsonNode parts = node.path("date-parts").path(0);
        if (parts.isArray() && !parts.isEmpty()) {
            Integer[] values = new Integer[3];
            for (int i = 0; i < Math.min(3, parts.size()); i++) {
                String value = parts.get(i).asText().strip();
                if (!value.matches("\\d{1,4}")) {
                    context.warning("the date " + node + " is not a date CSL understands and was left out");
                    return null;
                }
                values[i] = Integer.valueOf(value);
            }
            String iso = String.format("%04d", values[0]) + (values[1] == null ? ""
                    : String.format("-%02d", values[1]) + (values[2] == null ? "" : String.format("-%02d", values[2])));
            return parseLoose(iso, context);
        }
        for (String field : List.of("raw", "literal")) {
            if (node.path(field).isTextual()) {
                return parseLoose(node.path(field).asText(), context);
            }
        }
        context.warning("the date " + node + " is not a date CSL understands and was left out");
        return null;
    }

    /** An ISO date as given, or else the year alone when the text holds one. */
    private static PartialDate parseLoose(String text, RecordContext context) {
        Optional<PartialDate> exact = PartialDate.parse(text.strip());
        if (exact.isPresent()) {
            return exact.get();
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            return new PartialDate(Integer.parseInt(year.group(1)), null, null);
        }
        context.warning("the date '" + text + "' holds no year and was left out");
        return null;
    }

    /** A field that must be text (numbers are read as written); other JSON types are reported. */
    static String text(JsonNode object, String field, RecordContext context) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            context.warning("'" + field + "' must be text, not " + kind(value) + "; it was left out");
            return null;
        }
        String text = Normalizer.normalize(printable(value.asText(), field, context), Normalizer.Form.NFC).strip();
        if (!field.equals("note")) {
            // Titles copied from PDFs and arXiv keep their line breaks; a field of a paper file is one line.
            text = LINE_BREAKS.matcher(text).replaceAll(" ");
        }
        return text.isEmpty() ? null : text;
    }

    /** The text without the control characters exports sometimes carry, reported once per field. */
    private static String printable(String text, String field, RecordContext context) {
        Matcher found = SeedLimits.NOT_PRINTABLE.matcher(text);
        if (!found.find()) {
            return text;
        }
        context.warning("'" + field + "' holds a control character (U+" + String.format("%04X",
                found.group().codePointAt(0)) + ") that a seed file cannot hold; it was removed — check the"
                + " field in the new paper file");
        return found.replaceAll("");
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
