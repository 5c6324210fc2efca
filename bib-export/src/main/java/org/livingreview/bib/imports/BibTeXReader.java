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
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.livingreview.model.ItemTypes;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/**
 * Reads BibTeX and BibLaTeX (Zotero's and Better BibTeX's exports) with JBibTeX, mapping the fields to
 * CSL itself: citeproc-java's converter loses {@code number} (the issue), braced organisation names and
 * text its LaTeX lexer rejects (see docs/reference-exchange.md).
 */
final class BibTeXReader implements RecordReader {

    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article", "article-journal"), Map.entry("book", "book"), Map.entry("mvbook", "book"),
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
    public List<ImportedRecord> read(Path file, String text, Problems problems) {
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException e) {
            if (String.valueOf(e.getMessage()).contains("<EOF>")) {
                problems.error(lastEntryStart(file, text), "malformed BibTeX: the entry starting here never closes"
                        + " (a '{' has no matching '}') — check its braces, or export the file again");
            } else {
                problems.error(parseErrorAt(file, e), "malformed BibTeX: " + firstLine(e.getMessage())
                        + " — check the braces and commas of the entry here, or export the file again");
            }
            return List.of();
        } catch (TokenMgrException e) {
            problems.error(lexicalErrorAt(file, e.getMessage()), "malformed BibTeX: " + firstLine(e.getMessage())
                    + " — the file may be truncated; export it again");
            return List.of();
        } catch (ObjectResolutionException e) {
            problems.error(SourceLocation.startOf(file), "the BibTeX file uses an undefined @string macro ("
                    + e.getMessage() + ") — define it with @string, or put the value in braces");
            return List.of();
        }
        List<ImportedRecord> records = new ArrayList<>();
        for (BibTeXEntry entry : database.getEntries().values()) {
            String key = entry.getKey().getValue();
            SourceLocation at = entryAt(file, text, key);
            String label = "entry '" + key + "'";
            RecordContext context = new RecordContext(at, label, problems);
            CslItemReader.read(item(entry, context), context)
                    .ifPresent(reference -> records.add(new ImportedRecord(reference, at, label)));
        }
        return records;
    }

    private static ObjectNode item(BibTeXEntry entry, RecordContext context) {
        Map<String, String> raw = new HashMap<>();
        entry.getFields().forEach((k, v) -> raw.put(k.getValue().toLowerCase(Locale.ROOT), userString(v)));
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        String bibType = entry.getType().getValue().toLowerCase(Locale.ROOT);
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
                item.put(field[1], Latex.decode(value));
            }
        }
        date(item, raw);
        if ("pmid".equalsIgnoreCase(raw.getOrDefault("eprinttype", "").strip()) && raw.containsKey("eprint")) {
            item.put("PMID", Latex.decode(raw.get("eprint")));
        }
        if (raw.containsKey("note")) {
            item.put("note", Latex.decode(raw.get("note")));
        }
        if (item.has("language")) {
            item.put("language", LANGUAGE_NAMES.getOrDefault(item.get("language").asText().toLowerCase(Locale.ROOT),
                    item.get("language").asText()));
        }
        return item;
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

    private static SourceLocation entryAt(Path file, String text, String key) {
        Matcher m = Pattern.compile("@\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,").matcher(text);
        return m.find() ? at(file, text, m.start()) : SourceLocation.startOf(file);
    }

    private static SourceLocation lastEntryStart(Path file, String text) {
        Matcher m = Pattern.compile("(?m)^\\s*@\\w+\\s*[{(]").matcher(text);
        int start = -1;
        while (m.find()) {
            start = text.indexOf('@', m.start());
        }
        return start < 0 ? SourceLocation.startOf(file) : at(file, text, start);
    }

    /** The line and column of a character offset in {@code text}. */
    private static SourceLocation at(Path file, String text, int offset) {
        String before = text.substring(0, offset);
        return new SourceLocation(file, (int) before.chars().filter(c -> c == '\n').count() + 1,
                offset - before.lastIndexOf('\n'));
    }

    private static SourceLocation parseErrorAt(Path file, ParseException e) {
        if (e.currentToken != null && e.currentToken.next != null) {
            return new SourceLocation(file, e.currentToken.next.beginLine, e.currentToken.next.beginColumn);
        }
        return lexicalErrorAt(file, e.getMessage());
    }

    private static SourceLocation lexicalErrorAt(Path file, String message) {
        Matcher m = LEXICAL.matcher(String.valueOf(message));
        return m.find() ? new SourceLocation(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : SourceLocation.startOf(file);
    }

    private static String firstLine(String message) {
        return String.valueOf(message).split("\n")[0].strip();
    }
}
