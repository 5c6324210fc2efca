package org.livingreview.bib;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;

/**
 * Writes the papers as BibTeX with JBibTeX: the paper id as citation key, plain UTF-8, escaped special
 * characters, case-protected titles, {@code Last, First} names with particles, and {@code and others}
 * for incomplete author lists (BibTeX's only form, which BibLaTeX and pandoc print as "et al.").
 */
final class BibTeXExport {

    private static final Map<String, String> ENTRY_TYPES = Map.ofEntries(
            Map.entry("article-journal", "article"), Map.entry("article-magazine", "article"),
            Map.entry("article-newspaper", "article"), Map.entry("article", "article"),
            Map.entry("review", "article"), Map.entry("book", "book"), Map.entry("chapter", "incollection"),
            Map.entry("paper-conference", "inproceedings"), Map.entry("thesis", "phdthesis"),
            Map.entry("report", "techreport"), Map.entry("manuscript", "unpublished"),
            Map.entry("webpage", "online"), Map.entry("post", "online"), Map.entry("post-weblog", "online"),
            Map.entry("software", "software"), Map.entry("patent", "patent"));
    /** BibLaTeX's {@code entrysubtype} for the article types BibTeX has no entry type for. */
    private static final Map<String, String> SUBTYPES = Map.of("article-magazine", "magazine",
            "article-newspaper", "newspaper");
    private static final String MISC = "misc";

    private BibTeXExport() {
    }

    static String write(List<Paper> papers) {
        BibTeXDatabase database = new BibTeXDatabase();
        papers.forEach(p -> database.addObject(entry(p)));
        BibTeXFormatter formatter = new BibTeXFormatter();
        formatter.setIndent("  ");
        StringWriter out = new StringWriter();
        try {
            formatter.format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("\r\n", "\n");
    }

    private static BibTeXEntry entry(Paper paper) {
        Reference r = paper.reference();
        // Zotero's BibTeX importer skips entry types it does not know (@dataset); @misc names the CSL type.
        String entryType = ENTRY_TYPES.getOrDefault(r.type(), MISC);
        BibTeXEntry entry = new BibTeXEntry(new Key(entryType), new Key(paper.id()));
        text(entry, "entrysubtype", entryType.equals(MISC) ? r.type() : SUBTYPES.get(r.type()));
        field(entry, "author", names(r.authors(), r.authorsIncomplete()));
        field(entry, "editor", names(r.editors(), false));
        if (r.title() != null) {
            entry.addField(new Key("title"), braced(BibTeXText.protectCase(r.title())));
        }
        String container = r.type().equals("chapter") || r.type().equals("paper-conference") ? "booktitle" : "journal";
        if (r.containerTitle() != null) {
            entry.addField(new Key(container), braced(BibTeXText.escape(r.containerTitle())));
        }
        text(entry, "shorttitle", r.titleShort());
        text(entry, "shortjournal", r.containerTitleShort());
        text(entry, "series", r.collectionTitle());
        text(entry, "volume", r.volume());
        text(entry, "number", r.issue());
        String pages = r.page() != null ? r.page() : r.articleNumber();
        // One hyphen: Zotero reads "--" as an en dash, and BibTeX styles and BibLaTeX set either as a range.
        text(entry, "pages", pages == null ? null : pages.replaceAll("\\s*[-–]+\\s*", "-"));
        text(entry, "eid", r.articleNumber());
        date(entry, r.issued());
        text(entry, "edition", r.edition());
        text(entry, "publisher", r.publisher());
        text(entry, "address", r.publisherPlace());
        text(entry, "isbn", r.isbn());
        text(entry, "doi", r.doi());
        text(entry, "pmid", r.pmid());
        text(entry, "pmcid", r.pmcid());
        text(entry, "url", r.url());
        // langid for BibLaTeX and pandoc; language, which Zotero's BibTeX importer reads (it ignores langid).
        text(entry, "langid", r.language());
        text(entry, "language", r.language());
        text(entry, "type", r.publicationType());
        text(entry, "keywords", r.keywords().isEmpty() ? null : String.join(", ", r.keywords()));
        return entry;
    }

    /** {@code year} and {@code month} (a number) always; BibLaTeX's {@code date} when the day is known. */
    private static void date(BibTeXEntry entry, PartialDate date) {
        if (date == null) {
            return;
        }
        entry.addField(BibTeXEntry.KEY_YEAR, braced(Integer.toString(date.year())));
        if (date.month() != null) {
            entry.addField(BibTeXEntry.KEY_MONTH, braced(Integer.toString(date.month())));
        }
        if (date.day() != null) {
            entry.addField(new Key("date"), braced(date.iso()));
        }
    }

    private static String names(List<Name> names, boolean incomplete) {
        List<String> parts = new ArrayList<>();
        for (Name n : names) {
            if (n.isLiteral()) {
                parts.add("{" + BibTeXText.escape(n.literal()) + "}");
                continue;
            }
            StringBuilder s = new StringBuilder();
            String particles = String.join(" ", java.util.stream.Stream.of(n.droppingParticle(), n.particle())
                    .filter(java.util.Objects::nonNull).toList());
            if (!particles.isEmpty()) {
                s.append(BibTeXText.escape(particles)).append(' ');
            }
            // A family name without a given name (an organisation written as a person, "NIH Clinical Center")
            // is braced: unbraced, BibTeX readers take its last word for the family ("Center, NIH Clinical").
            String family = BibTeXText.escape(n.family());
            s.append(n.given() == null ? "{" + family + "}" : family);
            if (n.suffix() != null) {
                s.append(", ").append(BibTeXText.escape(n.suffix()));
            }
            if (n.given() != null) {
                s.append(", ").append(BibTeXText.escape(n.given()));
            }
            parts.add(s.toString());
        }
        if (incomplete) {
            parts.add("others");
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    private static void field(BibTeXEntry entry, String key, String bibtex) {
        if (bibtex != null) {
            entry.addField(new Key(key), braced(bibtex));
        }
    }

    private static void text(BibTeXEntry entry, String key, String value) {
        if (value != null) {
            entry.addField(new Key(key), braced(BibTeXText.escape(value)));
        }
    }

    private static StringValue braced(String content) {
        return new StringValue(content, StringValue.Style.BRACED);
    }
}
