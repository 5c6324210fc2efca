package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livingreview.bib.RisTypes;

/** Reads RIS, as Zotero, EndNote, Mendeley and PubMed write it. */
final class RisReader implements RecordReader {

    private static final TaggedLines.Format FORMAT = new TaggedLines.Format("RIS",
            Pattern.compile("([A-Z][A-Z0-9])  -(?: (.*)|\\s*)"), "TY", "ER", false);
    private static final Pattern RIS_DATE = Pattern.compile("(\\d{4})(?:/(\\d{1,2})?(?:/(\\d{1,2})?)?)?.*");
    private static final Set<String> BOOK_TYPES = Set.of("book", "chapter");

    @Override
    public void read(String text, FileRecords records) {
        List<TaggedLines.Entry> entries = TaggedLines.split(text, FORMAT, records);
        for (int i = 0; i < entries.size(); i++) {
            TaggedLines.Entry entry = entries.get(i);
            RecordContext context = records.record(entry.at(), FileRecords.label(entry.first("ID"), i + 1));
            if (entry.broken() != null) {
                context.refuse(entry.broken());
            } else {
                CslItemReader.read(item(entry, context), context);
            }
        }
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
        if (!editors.isEmpty()) {
            item.set("editor", Names.fromLastFirst(editors));
        }
        String container = first(e, "T2", "JF", "BT", "JO");
        put(item, "container-title", container);
        String shortContainer = first(e, "J2", "JA", "JO");
        if (shortContainer != null && !shortContainer.equals(container)) {
            item.put("container-title-short", shortContainer);
        }
        put(item, "collection-title", e.first("T3"));
        date(item, first(e, "DA", "Y1", "PY"), first(e, "PY", "Y1"));
        put(item, "volume", e.first("VL"));
        put(item, "issue", e.first("IS"));
        String start = e.first("SP");
        String end = e.first("EP");
        put(item, "page", start == null ? null : end == null || end.equals(start) ? start : start + "-" + end);
        put(item, "number", e.first("C7"));
        put(item, "edition", e.first("ET"));
        put(item, "publisher", e.first("PB"));
        put(item, "publisher-place", e.first("CY"));
        if (BOOK_TYPES.contains(type)) {
            put(item, "ISBN", e.first("SN"));
        }
        put(item, "DOI", e.first("DO"));
        String accession = e.first("AN");
        if (accession != null && accession.matches("\\d+")) {
            item.put("PMID", accession);
        }
        put(item, "PMCID", e.first("C2"));
        put(item, "URL", first(e, "UR", "L2"));
        put(item, "language", e.first("LA"));
        put(item, "genre", e.first("M3"));
        List<String> keywords = e.lines("KW");
        if (!keywords.isEmpty()) {
            item.put("keyword", String.join(", ", keywords));
        }
        return item;
    }

    /** CSL date-parts from RIS "YYYY/MM/DD/other" (DA) or the year of PY. */
    private static void date(ObjectNode item, String full, String year) {
        String text = full != null ? full : year;
        if (text == null) {
            return;
        }
        Matcher m = RIS_DATE.matcher(text.strip());
        if (!m.matches()) {
            item.put("issued", text);
            return;
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            iso.append(String.format("-%02d", Integer.parseInt(m.group(2))));
            if (m.group(3) != null) {
                iso.append(String.format("-%02d", Integer.parseInt(m.group(3))));
            }
        }
        item.put("issued", iso.toString());
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
