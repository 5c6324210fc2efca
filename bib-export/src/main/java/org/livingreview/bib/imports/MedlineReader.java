package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads PubMed's MEDLINE format ({@code .nbib}, "PMID- 38386975" lines), the way PubMed exports citations. */
final class MedlineReader implements RecordReader {

    private static final TaggedLines.Format FORMAT = new TaggedLines.Format("MEDLINE",
            Pattern.compile("([A-Z][A-Z0-9 ]{3})- (.*)"), "PMID", null, true, java.util.Set.of());
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:\\s+([A-Za-z]{3})[a-z]*(?:-[A-Za-z]+)?(?:\\s+(\\d{1,2}))?)?.*");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Map<String, String> LANGUAGES = Map.of("eng", "en", "fre", "fr", "ger", "de", "spa",
            "es", "ita", "it", "por", "pt", "dut", "nl", "chi", "zh", "jpn", "ja", "rus", "ru");
    private static final Pattern ABBREVIATED_PAGES = Pattern.compile("(\\d+)-(\\d+)");
    private static final Pattern TAGGED_ID = Pattern.compile("(\\S+)\\s+\\[(doi|pii)\\]");

    @Override
    public void read(String text, FileRecords records) {
        TaggedLines.read(text, FORMAT, records, e -> e.first("PMID") == null ? null : "PMID " + e.first("PMID"),
                (e, context) -> item(e));
    }

    private static ObjectNode item(TaggedLines.Entry e) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        List<String> types = e.all("PT");
        item.put("type", types.contains("Preprint") ? "article" : "article-journal");
        String title = e.first("TI");
        if (title != null) {
            // MEDLINE ends titles with a period that is not part of the title.
            item.put("title", title.endsWith(".") && !title.endsWith("..") ? title.substring(0, title.length() - 1)
                    : title);
        }
        boolean fullNames = !e.all("FAU").isEmpty();
        List<String> authors = new ArrayList<>();
        for (TaggedLines.Field field : e.fields()) {
            if (field.tag().equals("CN")) {
                authors.add(field.value());
            } else if (field.tag().equals(fullNames ? "FAU" : "AU")) {
                authors.add(fullNames ? field.value() : initialsToNames(List.of(field.value())).get(0));
            }
        }
        if (!authors.isEmpty()) {
            item.set("author", Names.fromLastFirst(authors));
        }
        put(item, "container-title", e.first("JT"));
        put(item, "container-title-short", e.first("TA"));
        put(item, "issued", e.first("DP") == null ? null : isoDate(e.first("DP")));
        put(item, "volume", e.first("VI"));
        put(item, "issue", e.first("IP"));
        put(item, "page", pages(e.first("PG")));
        put(item, "DOI", taggedId(e, "doi"));
        put(item, "PMID", e.first("PMID"));
        put(item, "PMCID", e.first("PMC"));
        put(item, "language", language(e.first("LA")));
        put(item, "genre", publicationType(types));
        List<String> keywords = e.all("OT");
        if (!keywords.isEmpty()) {
            item.put("keyword", String.join("; ", keywords));
        }
        return item;
    }

    /** "van Outersterp I" → "van Outersterp, I." for records that have no full names (FAU). */
    private static List<String> initialsToNames(List<String> names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            int space = name.lastIndexOf(' ');
            String initials = space < 0 ? "" : name.substring(space + 1);
            if (space > 0 && initials.matches("[A-Z]{1,4}")) {
                result.add(name.substring(0, space) + ", " + String.join(" ", initials.chars()
                        .mapToObj(c -> (char) c + ".").toList()));
            } else {
                result.add(name);
            }
        }
        return result;
    }

    private static String taggedId(TaggedLines.Entry e, String kind) {
        List<String> ids = new ArrayList<>(e.all("LID"));
        ids.addAll(e.all("AID"));
        for (String id : ids) {
            Matcher m = TAGGED_ID.matcher(id);
            if (m.matches() && m.group(2).equals(kind)) {
                return m.group(1);
            }
        }
        return null;
    }

    /** MEDLINE's pages with the end page written in full: "1211-20" is "1211-1220". */
    static String pages(String pages) {
        Matcher m = pages == null ? null : ABBREVIATED_PAGES.matcher(pages.strip());
        if (m == null || !m.matches() || m.group(2).length() >= m.group(1).length()) {
            return pages;
        }
        String start = m.group(1);
        return start + "-" + start.substring(0, start.length() - m.group(2).length()) + m.group(2);
    }

    /** A language as a BCP 47 tag where MEDLINE's three-letter code has one ("eng" → "en"). */
    static String language(String code) {
        return code == null ? null : LANGUAGES.getOrDefault(code.toLowerCase(Locale.ROOT), code);
    }

    /** The first publication type that says more than "Journal Article" or "Research Support, …". */
    static String publicationType(List<String> types) {
        return types.stream().filter(t -> t != null && !t.equals("Journal Article")
                && !t.startsWith("Research Support")).findFirst().orElse(null);
    }

    /** "2024 Apr 10", "2024 Apr", "2023 Nov-Dec", "2024" as an ISO date of the precision given; else as written. */
    static String isoDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        int month = m.group(2) == null ? -1 : MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (month >= 0) {
            iso.append(String.format("-%02d", month + 1));
            if (m.group(3) != null) {
                iso.append(String.format("-%02d", Integer.parseInt(m.group(3))));
            }
        }
        return iso.toString();
    }

    private static void put(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }
}
