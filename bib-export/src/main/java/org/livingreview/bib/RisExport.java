package org.livingreview.bib;

import java.util.List;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;

/**
 * Writes the papers as RIS with CRLF line ends, as Zotero, EndNote and Mendeley import it. PMIDs go in
 * {@code AN}, PMCIDs in {@code C2} and article numbers in {@code C7} (EndNote's tags), the article number
 * also in {@code SP} where readers look for pages; an incomplete author list ends in {@code AU  - others}.
 */
final class RisExport {

    private static final String EOL = "\r\n";

    private RisExport() {
    }

    static String write(List<Paper> papers) {
        StringBuilder out = new StringBuilder();
        papers.forEach(p -> record(out, p.reference()));
        return out.toString();
    }

    private static void record(StringBuilder out, Reference r) {
        tag(out, "TY", RisTypes.toRis(r.type()));
        r.authors().forEach(n -> tag(out, "AU", name(n)));
        if (r.authorsIncomplete()) {
            tag(out, "AU", CslJson.OTHERS);
        }
        r.editors().forEach(n -> tag(out, "A2", name(n)));
        tag(out, "TI", r.title());
        tag(out, "ST", r.titleShort());
        tag(out, "T2", r.containerTitle());
        tag(out, "J2", r.containerTitleShort());
        tag(out, "T3", r.collectionTitle());
        date(out, r.issued());
        tag(out, "VL", r.volume());
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
        tag(out, "SN", r.isbn());
        tag(out, "DO", r.doi());
        tag(out, "AN", r.pmid());
        tag(out, "C2", r.pmcid());
        tag(out, "UR", r.url());
        tag(out, "LA", r.language());
        tag(out, "M3", r.publicationType());
        r.keywords().forEach(k -> tag(out, "KW", k));
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

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null && !value.isBlank()) {
            out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append(EOL);
        }
    }
}
