package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livingreview.bib.RisTypes;

/** Reads RIS, as Zotero, EndNote, Mendeley and PubMed write it. */
final class RisReader implements RecordReader {

    private static final TaggedLines.Format FORMAT = new TaggedLines.Format("RIS",
            Pattern.compile("([A-Z][A-Z0-9])  -(?: (.*)|\\s*)"), "TY", "ER", false, Set.of());
    private static final Pattern RIS_DATE = Pattern.compile("(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2})?)?)?(?:/.*)?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*)\\.?(?:\\s+(\\d{1,2}))?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Set<String> BOOK_TYPES = Set.of("book", "chapter");
    /** An ET that is a date (EndNote's e-publication date: "2019/05/14", "May 14"), not an edition. */
    private static final Pattern EPUB_DATE = Pattern.compile(
            "\\b(?:1[5-9]|20)\\d\\d\\b|(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d");
    /** An ISBN-10 or ISBN-13, with or without hyphens or spaces (an ISSN has 8 characters). */
    private static final Pattern ISBN = Pattern.compile("(?:97[89][- ]?)?(?:\\d[- ]?){9}[\\dXx]");

    @Override
    public void read(String text, FileRecords records) {
        TaggedLines.read(text, FORMAT, records, e -> e.first("ID"), RisReader::item);
    }

    private static ObjectNode item(TaggedLines.Entry e, RecordContext context) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        String risType = e.first("TY");
        String type = RisTypes.toCsl(risType);
        if (type == null) {
            context.warning("unknown RIS type '" + risType + "', imported as 'document'");
            type = "document";
        }
        item.put("type", type);
        put(item, "title", first(e, "TI", "T1"));
        put(item, "title-short", e.first("ST"));
        List<String> authors = new ArrayList<>(e.all("AU"));
        authors.addAll(e.all("A1"));
        if (!authors.isEmpty()) {
            item.set("author", Names.fromLastFirst(authors));
        }
        List<String> editors = new ArrayList<>(e.all("A2"));
        editors.addAll(e.all("ED"));
        if (type.equals("book")) {
            editors.addAll(e.all("A3")); // Zotero writes a book's editors as A3 (A2 are its series editors)
        }
        if (!editors.isEmpty()) {
            item.set("editor", Names.fromLastFirst(editors));
        }
        // Zotero writes a proceedings title as C3 (its T2 is the conference name).
        String container = type.equals("paper-conference") ? first(e, "C3", "T2", "BT")
                : first(e, "T2", "JF", "BT", "JO");
        put(item, "container-title", container);
        String shortContainer = first(e, "J2", "JA", "JO");
        if (shortContainer != null && !shortContainer.equals(container)) {
            item.put("container-title-short", shortContainer);
        }
        put(item, "collection-title", e.first("T3"));
        date(item, e.first("DA"), first(e, "PY", "Y1"));
        put(item, "volume", e.first("VL"));
        put(item, "issue", e.first("IS"));
        String start = e.first("SP");
        String end = e.first("EP");
        put(item, "page", start == null ? null : end == null || end.equals(start) ? start : start + "-" + end);
        put(item, "number", e.first("C7"));
        String edition = e.first("ET");
        if (edition != null && (BOOK_TYPES.contains(type) || !EPUB_DATE.matcher(edition).find())) {
            // EndNote writes a journal article's e-publication date in ET; a book's ET is always its edition.
            put(item, "edition", edition);
        }
        put(item, "publisher", e.first("PB"));
        put(item, "publisher-place", e.first("CY"));
        String sn = e.first("SN");
        // SN is the ISSN of a journal and the ISBN of a book; an ISBN is read whatever the type (conference
        // proceedings, encyclopedias, reports have one).
        if (sn != null && (BOOK_TYPES.contains(type) || ISBN.matcher(sn.strip()).matches())) {
            put(item, "ISBN", sn);
        }
        put(item, "DOI", e.first("DO"));
        String database = Objects.toString(e.first("DB"), "").toLowerCase(Locale.ROOT);
        String accession = e.first("AN");
        if (accession != null && accession.matches("\\d{1,8}") && !database.contains("embase")
                && !database.contains("scopus")) {
            item.put("PMID", accession);
        }
        // RIS's C2 is the PMCID, but Scopus writes the PubMed id there.
        String c2 = e.first("C2");
        if (c2 != null) {
            item.put(c2.matches("\\d{1,8}") ? "PMID" : "PMCID", c2);
        }
        put(item, "URL", first(e, "UR", "L2"));
        put(item, "language", e.first("LA"));
        put(item, "genre", e.first("M3"));
        List<String> extra = e.lines("M2"); // Zotero's "Extra" lines: "PMID: 123", "Publication type: Review"
        if (!extra.isEmpty()) {
            item.put("note", String.join("\n", extra));
        }
        List<String> keywords = e.lines("KW");
        if (!keywords.isEmpty()) {
            item.put("keyword", String.join("; ", keywords));
        }
        return item;
    }

    /**
     * The date of {@code DA} ("2006/12/01", EndNote's "Dec" or "Mar 7"), its year taken from {@code PY} or
     * {@code Y1} ("2006", Ovid's "2006//") when DA has none; a year 0000 is no date.
     */
    private static void date(ObjectNode item, String full, String yearField) {
        Matcher numeric = full == null ? null : RIS_DATE.matcher(full.strip());
        Matcher year = yearField == null ? null : RIS_DATE.matcher(yearField.strip());
        if (numeric != null && numeric.matches()) {
            item.put("issued", iso(numeric.group(1), numeric.group(2), numeric.group(3)));
        } else if (year != null && year.matches()) {
            Matcher named = full == null ? null : MONTH_DAY.matcher(full.strip());
            if (named != null && named.matches()) {
                String month = Integer.toString(MONTHS.indexOf(named.group(1).substring(0, 3)
                        .toLowerCase(Locale.ROOT)) + 1);
                item.put("issued", iso(year.group(1), month, named.group(2)));
            } else {
                item.put("issued", iso(year.group(1), year.group(2), year.group(3)));
            }
        } else if (full != null || yearField != null) {
            item.put("issued", full != null ? full : yearField);
        }
        if (item.path("issued").asText().startsWith("0000")) {
            item.remove("issued");
        }
    }

    private static String iso(String year, String month, String day) {
        StringBuilder iso = new StringBuilder(year);
        if (month != null && Integer.parseInt(month) >= 1) {
            iso.append(String.format("-%02d", Integer.parseInt(month)));
            if (day != null && Integer.parseInt(day) >= 1) {
                iso.append(String.format("-%02d", Integer.parseInt(day)));
            }
        }
        return iso.toString();
    }

    private static String first(TaggedLines.Entry e, String... tags) {
        for (String tag : tags) {
            String value = e.first(tag);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static void put(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }
}
