package org.livingreview.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;

/**
 * The exported BibTeX, read back by a second, independent reader (citeproc-java's BibTeX converter, not
 * our importer), gives the same names, particles, titles and dates.
 */
class IndependentBibTeXReaderTest {

    /**
     * Entries on which the converter itself is wrong, not the export: its LaTeX lexer rejects CJK text and
     * the ∼ sign (it then returns the raw field), and it strips the braces of an organisation name before
     * splitting names, so "{Johnson \& Johnson Research}" becomes a person; it prints {@code \~{}} and
     * {@code \^{}} (a tilde and a circumflex on nothing, which LaTeX, pandoc and Zotero print) as nothing.
     * See docs/reference-exchange.md.
     */
    private static final Set<String> CONVERTER_BUGS = Set.of("tanaka2019", "mrna2022", "johnson2019",
            "special2022");

    @Test
    void shippedSeedsReadBackAlike() throws Exception {
        assertEquals(List.of(), mismatches(RoundTrip.papers(RoundTrip.SHIPPED)));
    }

    @Test
    void variedFixtureReadsBackAlikeExceptWhereTheConverterIsWrong() throws Exception {
        List<Paper> papers = RoundTrip.papers(RoundTrip.VARIED);
        List<String> mismatches = mismatches(papers);
        assertEquals(CONVERTER_BUGS, Set.copyOf(mismatches.stream().map(m -> m.split(":")[0]).toList()),
                String.join("\n", mismatches));
    }

    private static List<String> mismatches(List<Paper> papers) throws Exception {
        String bibtex = ExportFormat.BIBTEX.write(papers);
        BibTeXConverter converter = new BibTeXConverter();
        Map<String, CSLItemData> items = converter.toItemData(
                converter.loadDatabase(new ByteArrayInputStream(bibtex.getBytes(StandardCharsets.UTF_8))));
        List<String> mismatches = new ArrayList<>();
        for (Paper paper : papers) {
            Reference r = paper.reference();
            CSLItemData item = items.get(paper.id());
            compare(mismatches, paper.id(), "title", typographic(r.title()), item.getTitle());
            compare(mismatches, paper.id(), "names", expectedNames(r), names(item.getAuthor()));
            compare(mismatches, paper.id(), "date", r.issued() == null ? null : dateParts(r), date(item));
        }
        return mismatches;
    }

    /** LaTeX prints ' as ’ and -- as –; the converter follows LaTeX, so the export's text reads so there. */
    private static String typographic(String text) {
        return text.replace("'", "\u2019");
    }

    /** The converter gives year and month as date-parts, and BibLaTeX's {@code date} as the raw text. */
    private static String date(CSLItemData item) {
        if (item.getIssued() == null) {
            return null;
        }
        if (item.getIssued().getDateParts() != null) {
            return Arrays.toString(item.getIssued().getDateParts()[0]);
        }
        return Arrays.toString(Arrays.stream(item.getIssued().getRaw().split("-")).map(Integer::valueOf).toArray());
    }

    private static String dateParts(Reference r) {
        List<Integer> parts = new ArrayList<>(List.of(r.issued().year()));
        if (r.issued().month() != null) {
            parts.add(r.issued().month());
        }
        if (r.issued().day() != null) {
            parts.add(r.issued().day());
        }
        return parts.toString();
    }

    private static List<String> expectedNames(Reference r) {
        List<String> names = new ArrayList<>();
        for (Name n : r.authors()) {
            String particle = n.droppingParticle() != null ? n.droppingParticle() : n.particle();
            names.add(n.isLiteral() ? "literal=" + n.literal()
                    : "family=" + typographic(n.family()) + " given=" + n.given() + " particle=" + particle
                    + " suffix=" + n.suffix());
        }
        if (r.authorsIncomplete()) {
            names.add("family=others given=null particle=null suffix=null");
        }
        return names;
    }

    private static List<String> names(CSLName[] names) {
        if (names == null) {
            return List.of();
        }
        return Arrays.stream(names).map(n -> n.getLiteral() != null ? "literal=" + n.getLiteral()
                : "family=" + n.getFamily() + " given=" + n.getGiven() + " particle=" + n.getNonDroppingParticle()
                + " suffix=" + n.getSuffix()).toList();
    }

    private static void compare(List<String> mismatches, String id, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            mismatches.add(id + ": " + what + " " + expected + " ≠ " + actual);
        }
    }
}
