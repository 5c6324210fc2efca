package org.livingreview.bib;

import java.util.List;
import java.util.Set;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;

/**
 * Writes the papers as RIS with CRLF line ends, in the tags Zotero's RIS importer reads into the right
 * fields (docs/reference-exchange.md): what Zotero has no RIS tag for (PMID, PMCID, an incomplete author
 * list, a journal article's publication type) goes in {@code M2} lines, which Zotero keeps in "Extra" and
 * reads as fields from there; proceedings titles in {@code C3} and book editors in {@code A3}, as Zotero
 * writes them, other editors in {@code A2} or {@code ED} and series in {@code T3} or an {@code M2} line, by what
 * Zotero's RIS importer reads for the type; article numbers in {@code C7} and also in {@code SP} where readers
 * look for pages.
 */
final class RisExport {

    private static final String EOL = "\r\n";
    /** The types whose Zotero item type reads {@code M3} as the kind of work (thesis type, report type, …). */
    private static final Set<String> M3_TYPES = Set.of("thesis", "report", "manuscript", "map", "webpage");
    private static final Set<String> IN_BOOK_TYPES = Set.of("chapter", "paper-conference");
    /** The RIS types whose {@code SN} Zotero's RIS importer reads as an ISSN. */
    private static final Set<String> ISSN_TYPES = Set.of("JOUR", "MGZN", "NEWS", RisTypes.GENERIC);
    private static final String WEB_PAGE = "ELEC";
    /** The RIS types whose {@code A2} Zotero's RIS importer reads as editors ({@code A3} for a book). */
    private static final Set<String> A2_EDITOR_TYPES = Set.of("JOUR", "CHAP", "CPAPER", "DICT", "ENCYC",
            RisTypes.GENERIC);
    /** The RIS types whose {@code T3} Zotero's RIS importer reads (as series, series title, legislative body). */
    private static final Set<String> T3_TYPES = Set.of("JOUR", "CHAP", "CPAPER", "BOOK", "HEAR", "BILL", "SOUND",
            RisTypes.GENERIC);
    /** The RIS types whose {@code TI} Zotero reads into a field that its "short title as title" fallback overwrites. */
    private static final Set<String> NAMED_TITLE_TYPES = Set.of("CASE", "STAT");

    private RisExport() {
    }

    static String write(List<Paper> papers) {
        StringBuilder out = new StringBuilder();
        papers.forEach(p -> record(out, p.reference()));
        return out.toString();
    }

    private static void record(StringBuilder out, Reference r) {
        String risType = RisTypes.toRis(r.type());
        tag(out, "TY", risType);
        r.authors().forEach(n -> tag(out, "AU", name(n)));
        // ED is an editor for every item type in Zotero's RIS importer; A2 and A3 mean other roles for some.
        String editorTag = risType.equals("BOOK") ? "A3" : A2_EDITOR_TYPES.contains(risType) ? "A2" : "ED";
        r.editors().forEach(n -> tag(out, editorTag, name(n)));
        tag(out, "TI", r.title());
        // Zotero reads a case's or a statute's TI as its case name or name of act, then sets "title" (the same
        // field) from ST: the short title goes to Extra instead, where Zotero reads "Short title:" as the field.
        boolean namedTitle = NAMED_TITLE_TYPES.contains(risType);
        tag(out, "ST", namedTitle ? null : r.titleShort());
        tag(out, r.type().equals("paper-conference") ? "C3" : "T2", r.containerTitle());
        // Zotero's RIS importer takes J2 for the book or proceedings title of chapters and conference papers.
        boolean inBook = IN_BOOK_TYPES.contains(r.type());
        tag(out, "J2", inBook ? null : r.containerTitleShort());
        boolean t3Read = T3_TYPES.contains(risType);
        tag(out, "T3", t3Read ? r.collectionTitle() : null);
        date(out, r.issued());
        // Zotero's RIS importer reads the VL of an ELEC record as its access date (volume 8 became 0008-01-01).
        tag(out, "VL", risType.equals(WEB_PAGE) ? null : r.volume());
        tag(out, "IS", r.issue());
        String pages = r.page() != null ? r.page() : r.articleNumber();
        if (pages != null) {
            String[] range = pages.split("\\s*[-–]+\\s*", 2);
            tag(out, "SP", range[0]);
            tag(out, "EP", range.length > 1 ? range[1] : null);
        }
        tag(out, "C7", r.articleNumber());
        tag(out, "ET", r.edition());
        tag(out, "PB", r.publisher());
        tag(out, "CY", r.publisherPlace());
        // The SN of periodical types is their ISSN (Zotero reads it so, also for GEN): an ISBN goes to Extra.
        boolean snIsIssn = ISSN_TYPES.contains(risType);
        tag(out, "SN", snIsIssn ? null : r.isbn());
        tag(out, "DO", r.doi());
        tag(out, "UR", r.url());
        tag(out, "LA", r.language());
        boolean kindOfWork = M3_TYPES.contains(r.type());
        tag(out, "M3", kindOfWork ? r.publicationType() : null);
        r.keywords().forEach(k -> tag(out, "KW", k));
        extra(out, CslJson.JOURNAL_ABBREVIATION, inBook ? r.containerTitleShort() : null);
        extra(out, "ISBN: ", snIsIssn ? r.isbn() : null);
        extra(out, "Volume: ", risType.equals(WEB_PAGE) ? r.volume() : null);
        extra(out, "Short title: ", namedTitle ? r.titleShort() : null);
        extra(out, "Series: ", t3Read ? null : r.collectionTitle());
        extra(out, "PMID: ", r.pmid());
        extra(out, "PMCID: ", r.pmcid());
        extra(out, CslJson.PUBLICATION_TYPE, kindOfWork ? null : r.publicationType());
        extra(out, "", r.authorsIncomplete() ? CslJson.INCOMPLETE_AUTHORS : null);
        // Zotero imports GEN as a journal article; a "type:" line in Extra gives it the CSL type's own item type
        // (document, preprint, standard, ...) where Zotero has one, and gives importers the precise type back.
        extra(out, CslJson.TYPE_LINE, risType.equals(RisTypes.GENERIC) ? r.type() : null);
        out.append("ER  - ").append(EOL).append(EOL);
    }

    /** {@code PY} is the year; {@code DA} is {@code YYYY/MM/DD/} with what is known. */
    private static void date(StringBuilder out, PartialDate date) {
        if (date == null) {
            return;
        }
        tag(out, "PY", Integer.toString(date.year()));
        if (date.month() != null) {
            tag(out, "DA", String.format("%04d/%02d/%s/", date.year(), date.month(),
                    date.day() == null ? "" : String.format("%02d", date.day())));
        }
    }

    /** "particle Family, Given, Suffix" — RIS's name order. */
    private static String name(Name n) {
        if (n.isLiteral()) {
            return n.literal();
        }
        StringBuilder s = new StringBuilder();
        if (n.droppingParticle() != null) {
            s.append(n.droppingParticle()).append(' ');
        }
        s.append(n.familyWithParticle());
        if (n.given() != null) {
            s.append(", ").append(n.given());
        }
        if (n.suffix() != null) {
            s.append(n.given() == null ? ", , " : ", ").append(n.suffix());
        }
        return s.toString();
    }

    /** An {@code M2} line, which Zotero adds to "Extra" ("PMID: 123" there becomes the PMID field). */
    private static void extra(StringBuilder out, String label, String value) {
        tag(out, "M2", value == null ? null : label + value);
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null && !value.isBlank()) {
            out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append(EOL);
        }
    }
}
