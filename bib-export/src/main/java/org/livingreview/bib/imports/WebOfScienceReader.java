package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Web of Science's tagged text (the "Plain text file" and "EndNote Desktop" exports: {@code PT J} …
 * {@code ER}, two-letter tags, values continued on lines indented by three spaces, one author a line).
 */
final class WebOfScienceReader implements RecordReader {

    private static final TaggedLines.Format FORMAT = new TaggedLines.Format("Web of Science",
            Pattern.compile("([A-Z][A-Z0-9])(?: (.*))?"), "PT", "ER", true,
            java.util.Set.of("FN", "VR", "EF"));
    private static final Map<String, String> TYPES = Map.of("J", "article-journal", "B", "book", "S", "chapter",
            "C", "paper-conference", "P", "patent");
    private static final Map<String, String> DOCUMENT_TYPES = Map.of("proceedings paper", "paper-conference",
            "book chapter", "chapter", "book", "book", "meeting abstract", "paper-conference");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*(?:\\s+(\\d{1,2}))?.*");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    @Override
    public void read(String text, FileRecords records) {
        TaggedLines.read(text, FORMAT, records, e -> e.first("UT"), (e, context) -> item(e));
    }

    private static ObjectNode item(TaggedLines.Entry e) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        String documentType = String.valueOf(e.first("DT")).toLowerCase(Locale.ROOT);
        String type = DOCUMENT_TYPES.getOrDefault(documentType, TYPES.getOrDefault(String.valueOf(e.first("PT")),
                "article-journal"));
        item.put("type", type);
        put(item, "title", e.first("TI"));
        List<String> authors = e.lines("AF").isEmpty() ? e.lines("AU") : e.lines("AF");
        if (!authors.isEmpty()) {
            item.set("author", Names.fromLastFirst(authors));
        }
        List<String> editors = e.lines("BE");
        if (!editors.isEmpty()) {
            item.set("editor", Names.fromLastFirst(editors));
        }
        put(item, "container-title", e.first("SO"));
        put(item, "collection-title", e.first("SE"));
        put(item, "container-title-short", e.first("JI"));
        date(item, e.first("PY"), e.first("PD"));
        put(item, "volume", e.first("VL"));
        put(item, "issue", e.first("IS"));
        String start = e.first("BP");
        String end = e.first("EP");
        put(item, "page", start == null ? null : end == null || end.equals(start) ? start : start + "-" + end);
        put(item, "number", e.first("AR"));
        put(item, "publisher", e.first("PU"));
        put(item, "publisher-place", e.first("PI"));
        put(item, "ISBN", e.first("BN"));
        put(item, "DOI", e.first("DI"));
        put(item, "PMID", e.first("PM"));
        put(item, "language", e.first("LA"));
        List<String> keywords = e.all("DE");
        if (!keywords.isEmpty()) {
            item.put("keyword", String.join("; ", keywords));
        }
        return item;
    }

    /** The year of PY with the month and day of PD ("MAR 7", "MAR", "SPR"). */
    private static void date(ObjectNode item, String year, String monthDay) {
        if (year == null || !year.matches("\\d{4}")) {
            put(item, "issued", year);
            return;
        }
        String iso = year;
        Matcher m = monthDay == null ? null : MONTH_DAY.matcher(monthDay.strip());
        if (m != null && m.matches()) {
            iso += String.format("-%02d", MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1);
            if (m.group(2) != null && Integer.parseInt(m.group(2)) >= 1) {
                iso += String.format("-%02d", Integer.parseInt(m.group(2)));
            }
        }
        item.put("issued", iso);
    }

    private static void put(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }
}
