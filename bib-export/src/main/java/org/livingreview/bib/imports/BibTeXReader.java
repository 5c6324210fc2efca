package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.BibTeXString;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.livingreview.model.ItemTypes;
import org.livingreview.model.SourceLocation;

/**
 * Reads BibTeX and BibLaTeX (Zotero's and Better BibTeX's exports) with JBibTeX, mapping the fields to
 * CSL itself: citeproc-java's converter loses {@code number} (the issue), braced organisation names and
 * text its LaTeX lexer rejects (see docs/reference-exchange.md).
 */
final class BibTeXReader implements RecordReader {

    /** CSL types whose BibTeX {@code number} is a journal issue. */
    private static final java.util.Set<String> ISSUE_TYPES = java.util.Set.of("article-journal", "article-magazine",
            "article-newspaper", "periodical");
    /** Fields whose text is an identifier or code, read without TeX's dashes, math and symbols. */
    private static final java.util.Set<String> VERBATIM = java.util.Set.of("doi", "pmid", "pmcid", "url", "isbn",
            "langid", "language");
    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article", "article-journal"), Map.entry("book", "book"), Map.entry("mvbook", "book"),
            Map.entry("collection", "book"), Map.entry("mvcollection", "book"), Map.entry("reference", "book"),
            Map.entry("mvreference", "book"),
            Map.entry("proceedings", "book"), Map.entry("manual", "book"), Map.entry("periodical", "periodical"),
            Map.entry("booklet", "pamphlet"), Map.entry("inbook", "chapter"), Map.entry("incollection", "chapter"),
            Map.entry("inreference", "entry"), Map.entry("inproceedings", "paper-conference"),
            Map.entry("conference", "paper-conference"), Map.entry("mastersthesis", "thesis"),
            Map.entry("phdthesis", "thesis"), Map.entry("thesis", "thesis"), Map.entry("techreport", "report"),
            Map.entry("report", "report"), Map.entry("patent", "patent"), Map.entry("online", "webpage"),
            Map.entry("electronic", "webpage"), Map.entry("www", "webpage"), Map.entry("unpublished", "manuscript"),
            Map.entry("dataset", "dataset"), Map.entry("software", "software"), Map.entry("misc", "document"));
    private static final Map<String, String> SUBTYPES = Map.of("magazine", "article-magazine",
            "newspaper", "article-newspaper");
    /** BibLaTeX's {@code langid} names for the languages a review meets most. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("american", "en-US"), Map.entry("british", "en-GB"),
            Map.entry("german", "de"), Map.entry("ngerman", "de"), Map.entry("french", "fr"),
            Map.entry("spanish", "es"), Map.entry("italian", "it"), Map.entry("dutch", "nl"),
            Map.entry("portuguese", "pt"), Map.entry("russian", "ru"), Map.entry("japanese", "ja"),
            Map.entry("chinese", "zh"), Map.entry("czech", "cs"), Map.entry("greek", "el"), Map.entry("arabic", "ar"));
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    /** Plain fields: BibTeX name → CSL-JSON name. The first BibTeX field present wins. */
    private static final List<String[]> FIELDS = List.of(
            new String[] {"title", "title"}, new String[] {"chapter", "title"},
            new String[] {"shorttitle", "title-short"},
            new String[] {"journal", "container-title"}, new String[] {"journaltitle", "container-title"},
            new String[] {"booktitle", "container-title"},
            new String[] {"shortjournal", "container-title-short"},
            new String[] {"journalabbreviation", "container-title-short"},
            new String[] {"series", "collection-title"}, new String[] {"volume", "volume"},
            new String[] {"number", "issue"}, new String[] {"issue", "issue"}, new String[] {"eid", "number"},
            new String[] {"pages", "page"}, new String[] {"edition", "edition"},
            new String[] {"publisher", "publisher"}, new String[] {"institution", "publisher"},
            new String[] {"school", "publisher"}, new String[] {"organization", "publisher"},
            new String[] {"address", "publisher-place"}, new String[] {"location", "publisher-place"},
            new String[] {"isbn", "ISBN"}, new String[] {"doi", "DOI"}, new String[] {"pmid", "PMID"},
            new String[] {"pmcid", "PMCID"}, new String[] {"url", "URL"}, new String[] {"langid", "language"},
            new String[] {"language", "language"}, new String[] {"type", "genre"},
            new String[] {"keywords", "keyword"});

    @Override
    public void read(String text, FileRecords records) {
        List<BibTeXString> macros = new ArrayList<>();
        Map<String, BibLaTeXInheritance.Fields> byKey = new HashMap<>();
        List<Map.Entry<RecordContext, BibLaTeXInheritance.Fields>> read = new ArrayList<>();
        int number = 0;
        for (BibTeXEntries.Chunk chunk : BibTeXEntries.split(text)) {
            SourceLocation at = new SourceLocation(records.file(), chunk.line(), 1);
            if (chunk.type().equals("string")) {
                try {
                    macros.addAll(Parsed.of("@string{" + chunk.body() + "}", macros).database().getStrings().values());
                } catch (ParseException | TokenMgrException e) {
                    records.problems().warning(at, "this @string could not be read; fields that use its name keep"
                            + " the name as their text — check its braces and quotes");
                }
                continue;
            }
            if (chunk.type().equals("preamble") || chunk.type().equals("set")) {
                continue;
            }
            boolean isRecord = !chunk.type().equals("xdata");
            number += isRecord ? 1 : 0;
            RecordContext context = records.record(at, isRecord ? FileRecords.label(chunk.key(), number)
                    : "@xdata '" + chunk.key() + "'");
            if (!chunk.closed()) {
                refuseOrWarn(context, isRecord, "malformed BibTeX: the entry never closes (a '{' has no matching '}')"
                        + " before the next entry — check its braces, or export the file again");
                continue;
            }
            if (chunk.nesting() > ImportLimits.MAX_NESTING) {
                refuseOrWarn(context, isRecord, "its braces nest deeper than " + ImportLimits.MAX_NESTING + " levels,"
                        + " which no reference needs — check its braces, or export the file again");
                continue;
            }
            parse(chunk, macros, context, isRecord).ifPresent(fields -> {
                byKey.putIfAbsent(chunk.key(), fields);
                if (isRecord) {
                    read.add(Map.entry(context, fields));
                }
            });
        }
        for (Map.Entry<RecordContext, BibLaTeXInheritance.Fields> entry : read) {
            RecordContext context = entry.getKey();
            Map<String, String> fields = BibLaTeXInheritance.resolve(entry.getValue(), byKey, context);
            CslItemReader.read(item(entry.getValue().type(), fields, context), context);
        }
    }

    private static void refuseOrWarn(RecordContext context, boolean isRecord, String message) {
        if (isRecord) {
            context.refuse(message);
        } else {
            context.warning(message + "; the entries that use it were read without it");
        }
    }

    /** The entry's type and raw fields, or empty when JBibTeX cannot read it (refused, or reported). */
    private static java.util.Optional<BibLaTeXInheritance.Fields> parse(BibTeXEntries.Chunk chunk,
            List<BibTeXString> macros, RecordContext context, boolean isRecord) {
        Path file = context.at().file();
        String entryText = "@" + chunk.type() + "{key," + chunk.body() + "}";
        Parsed parsed;
        try {
            parsed = Parsed.of(entryText, macros);
        } catch (ParseException e) {
            refuseOrWarn(context, isRecord, "malformed BibTeX at " + parseErrorAt(file, chunk.line(), e) + ": "
                    + firstLine(e.getMessage()) + " — check the braces, quotes and commas of this entry, or export it"
                    + " again");
            return java.util.Optional.empty();
        } catch (TokenMgrException e) {
            refuseOrWarn(context, isRecord, "malformed BibTeX at " + lexicalErrorAt(file, chunk.line(), e.getMessage())
                    + ": " + firstLine(e.getMessage()) + " — check the braces, quotes and commas of this entry, or"
                    + " export it again");
            return java.util.Optional.empty();
        }
        parsed.undefined().forEach(name -> context.warning("'" + name + "' is not a defined @string macro; its"
                + " name was kept as the text — define it with @string, or put the value in braces"));
        Map<String, String> raw = new HashMap<>();
        for (BibTeXEntry entry : parsed.database().getEntries().values()) {
            entry.getFields().forEach((k, v) -> raw.put(k.getValue().toLowerCase(Locale.ROOT), userString(v)));
        }
        return java.util.Optional.of(new BibLaTeXInheritance.Fields(chunk.type(), raw));
    }

    private static ObjectNode item(String bibType, Map<String, String> raw, RecordContext context) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        String subtype = raw.getOrDefault("entrysubtype", "").strip().toLowerCase(Locale.ROOT);
        String type = bibType.equals("article") && SUBTYPES.containsKey(subtype) ? SUBTYPES.get(subtype)
                : bibType.equals("misc") && ItemTypes.isKnown(subtype) ? subtype : TYPES.get(bibType);
        if (type == null) {
            context.warning("unknown entry type '@" + bibType + "', imported as 'document'");
            type = "document";
        }
        item.put("type", type);
        if (raw.containsKey("author")) {
            item.set("author", Names.fromBibTeX(raw.get("author")));
        }
        if (raw.containsKey("editor")) {
            item.set("editor", Names.fromBibTeX(raw.get("editor")));
        }
        for (String[] field : FIELDS) {
            String value = raw.get(field[0]);
            if (value != null && !item.has(field[1])) {
                item.put(field[1], VERBATIM.contains(field[0]) ? Latex.decode(value) : Latex.decodeText(value));
            }
        }
        withSubtitle(item, "title", raw.get("subtitle"));
        withSubtitle(item, "container-title", first(raw, "booksubtitle", "journalsubtitle"));
        if (raw.containsKey("number") && !raw.containsKey("issue") && !ISSUE_TYPES.contains(type)) {
            // A book's, report's or patent's number is its series or report number, not a journal issue.
            item.remove("issue");
            item.put("number", Latex.decodeText(raw.get("number")));
        }
        date(item, raw);
        eprint(item, raw);
        if (raw.containsKey("note")) {
            item.put("note", Latex.decodeText(raw.get("note")));
        }
        if (item.has("language")) {
            item.put("language", LANGUAGE_NAMES.getOrDefault(item.get("language").asText().toLowerCase(Locale.ROOT),
                    item.get("language").asText()));
        }
        return item;
    }

    /** "Title: Subtitle", as BibLaTeX prints them (no colon after a title ending in ? or !). */
    private static void withSubtitle(ObjectNode item, String field, String subtitle) {
        if (subtitle == null || !item.has(field)) {
            return;
        }
        String title = item.get(field).asText();
        item.put(field, title + (title.matches(".*[?!.:]$") ? " " : ": ") + Latex.decodeText(subtitle));
    }

    /** BibLaTeX's {@code eprint} by its {@code eprinttype} (or BibTeX's {@code archiveprefix}). */
    private static void eprint(ObjectNode item, Map<String, String> raw) {
        String eprint = raw.get("eprint");
        if (eprint == null) {
            return;
        }
        String id = Latex.decode(eprint);
        switch (first(raw, "eprinttype", "archiveprefix") == null ? ""
                : first(raw, "eprinttype", "archiveprefix").strip().toLowerCase(Locale.ROOT)) {
            case "pmid", "pubmed" -> item.put("PMID", id);
            case "pmcid" -> item.put("PMCID", id);
            case "doi" -> item.putIfAbsent("DOI", item.textNode(id));
            case "arxiv" -> item.putIfAbsent("URL", item.textNode("https://arxiv.org/abs/" + id));
            default -> { }
        }
    }

    private static String first(Map<String, String> raw, String a, String b) {
        return raw.containsKey(a) ? raw.get(a) : raw.get(b);
    }

    /** BibLaTeX's {@code date}, else {@code year} with {@code month} (a number, a name or a macro). */
    private static void date(ObjectNode item, Map<String, String> raw) {
        if (raw.containsKey("date")) {
            item.put("issued", Latex.decode(raw.get("date")));
            return;
        }
        String year = raw.get("year");
        if (year == null) {
            return;
        }
        String iso = Latex.decode(year);
        String month = raw.get("month");
        if (month != null && iso.matches("\\d{4}")) {
            String m = Latex.decode(month).toLowerCase(Locale.ROOT);
            int number = m.matches("\\d{1,2}") ? Integer.parseInt(m)
                    : m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) + 1 : 0;
            if (number >= 1 && number <= 12) {
                iso += String.format("-%02d", number);
            }
        }
        item.put("issued", iso);
    }

    private static String userString(Value value) {
        return value.toUserString().replace("\r", "");
    }

    private static SourceLocation parseErrorAt(Path file, int entryLine, ParseException e) {
        if (e.currentToken != null && e.currentToken.next != null) {
            return new SourceLocation(file, entryLine + e.currentToken.next.beginLine - 1,
                    e.currentToken.next.beginColumn);
        }
        return lexicalErrorAt(file, entryLine, e.getMessage());
    }

    private static SourceLocation lexicalErrorAt(Path file, int entryLine, String message) {
        Matcher m = LEXICAL.matcher(String.valueOf(message));
        return m.find() ? new SourceLocation(file, entryLine + Integer.parseInt(m.group(1)) - 1,
                Integer.parseInt(m.group(2))) : new SourceLocation(file, entryLine, 1);
    }

    private static String firstLine(String message) {
        return String.valueOf(message).split("\n")[0].strip();
    }

    /** One entry (or {@code @string}) parsed by JBibTeX with the file's macros so far, and the undefined ones it used. */
    private record Parsed(BibTeXDatabase database, List<String> undefined) {

        static Parsed of(String text, List<BibTeXString> macros) throws ParseException {
            List<String> undefined = new ArrayList<>();
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    if (string == null) {
                        undefined.add(key.getValue());
                    }
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // Cross-references are resolved by this reader, across the whole file.
                }
            };
            macros.forEach(parser::addMacro);
            return new Parsed(parser.parse(new StringReader(text)), undefined);
        }
    }
}
