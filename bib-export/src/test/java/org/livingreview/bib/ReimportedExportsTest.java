package org.livingreview.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.bib.imports.ReferenceImporter;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;

/**
 * Export defects found by re-importing: an organisation written as a family name alone came back from BibTeX
 * split as a person ("Center, NIH Clinical"); RIS lost the ISBN of every type but books and chapters
 * (proceedings, encyclopedia entries, reports), and the type of every paper it writes as GEN; Zotero read an
 * ISBN in the SN of a journal article as its ISSN, and a web page's VL as its access date. An article number
 * was lost beside pages in every format, and RIS lost the edition of all types but books and chapters; Zotero
 * dropped RIS editors and series of many types and a case's title.
 */
class ReimportedExportsTest {

    @TempDir
    Path dir;

    @Test
    void aFamilyNameAloneIsBracedInBibTeXAndComesBackWhole() throws Exception {
        List<Paper> papers = review("""
                type: article-journal
                authors:
                  - {family: NIH Clinical Center}
                  - {family: Smith, given: Ann}
                """);
        String bibtex = ExportFormat.BIBTEX.write(papers);
        assertTrue(bibtex.contains("author = {{NIH Clinical Center} and Smith, Ann}"), bibtex);
        List<Name> back = RoundTrip.through(ExportFormat.BIBTEX, papers, dir).get(0).reference().authors();
        assertEquals(List.of("NIH Clinical Center", "Smith"), back.stream().map(Name::familyWithParticle).toList());
    }

    @Test
    void theIsbnOfEveryTypeSurvivesRis() throws Exception {
        for (String type : List.of("chapter", "paper-conference", "entry-encyclopedia", "report", "article-journal",
                "article-magazine", "document")) {
            List<Paper> papers = review("type: " + type + "\nisbn: 978-3-030-12345-6\n");
            Path work = Files.createDirectories(dir.resolve(type));
            assertEquals("978-3-030-12345-6",
                    RoundTrip.through(ExportFormat.RIS, papers, work).get(0).reference().isbn(), type);
        }
    }

    @Test
    void risWritesAnIsbnWhereZoteroReadsIt() throws Exception {
        // Zotero's RIS importer reads the SN of journal, magazine, newspaper and GEN records as the ISSN.
        String article = ExportFormat.RIS.write(review("type: article-journal\nisbn: 978-3-030-12345-6\n"));
        assertTrue(article.contains("M2  - ISBN: 978-3-030-12345-6\r\n") && !article.contains("SN  - "), article);
        String book = ExportFormat.RIS.write(review("type: book\nisbn: 978-3-030-12345-6\n"));
        assertTrue(book.contains("SN  - 978-3-030-12345-6\r\n") && !book.contains("ISBN:"), book);
    }

    @Test
    void theVolumeOfAWebPageIsNotWhereZoteroReadsAnAccessDate() throws Exception {
        List<Paper> papers = review("type: webpage\nvolume: \"8\"\n");
        String ris = ExportFormat.RIS.write(papers);
        assertTrue(ris.contains("M2  - Volume: 8\r\n") && !ris.contains("VL  - "), ris);
        assertEquals("8", RoundTrip.through(ExportFormat.RIS, papers, dir).get(0).reference().volume());
    }

    @Test
    void anIssnInSnIsNotTakenForAnIsbn() throws Exception {
        assertEquals(null, importedJournalArticle("SN  - 1234-5678").isbn());
    }

    @Test
    void aTypeRisHasNoWordForIsWrittenGenWithItsTypeLineAndComesBack() throws Exception {
        for (String type : List.of("classic", "standard", "document")) {
            List<Paper> papers = review("type: " + type + "\n");
            String ris = ExportFormat.RIS.write(papers);
            assertTrue(ris.contains("TY  - GEN\r\n") && ris.contains("M2  - type: " + type + "\r\n"), ris);
            Path work = Files.createDirectories(dir.resolve(type));
            assertEquals(type, RoundTrip.through(ExportFormat.RIS, papers, work).get(0).reference().type());
        }
    }

    @Test
    void anArticleNumberBesidePagesSurvivesEveryFormat() throws Exception {
        List<Paper> papers = review("type: article-journal\npage: 1-12\narticle-number: e0123\n");
        for (ExportFormat format : ExportFormat.values()) {
            Path work = Files.createDirectories(dir.resolve(format.name()));
            Reference back = RoundTrip.through(format, papers, work).get(0).reference();
            assertEquals("e0123", back.articleNumber(), format.name());
            assertEquals("1-12", back.page(), format.name());
        }
    }

    @Test
    void theEditionOfEveryTypeSurvivesRisButNotAnEndNoteEpubDate() throws Exception {
        for (String type : List.of("report", "software", "dataset", "article-journal")) {
            Path work = Files.createDirectories(dir.resolve(type));
            assertEquals("2", RoundTrip.through(ExportFormat.RIS, review("type: " + type + "\nedition: \"2\"\n"),
                    work).get(0).reference().edition(), type);
        }
        assertEquals(null, importedJournalArticle("ET  - 2019/05/14").edition());
    }

    @Test
    void risWritesEditorsSeriesAndCaseTitlesWhereZoteroReadsThem() throws Exception {
        // RIS.js: A2 is a sponsor, interviewer, series editor ... for some item types; ED is an editor for all.
        String report = ExportFormat.RIS.write(review("type: report\neditors: [{family: Ed, given: A}]\n"
                + "collection-title: S\n"));
        assertTrue(report.contains("ED  - Ed, A\r\n") && report.contains("M2  - Series: S\r\n")
                && !report.contains("T3  - "), report);
        String chapter = ExportFormat.RIS.write(review("type: chapter\neditors: [{family: Ed, given: A}]\n"
                + "collection-title: S\n"));
        assertTrue(chapter.contains("A2  - Ed, A\r\n") && chapter.contains("T3  - S\r\n"), chapter);
        // RIS.js sets a case's title (its case name) from ST after reading TI.
        List<Paper> legalCase = review("type: legal_case\ntitle-short: Short\ncollection-title: S\n");
        String ris = ExportFormat.RIS.write(legalCase);
        assertTrue(ris.contains("M2  - Short title: Short\r\n") && !ris.contains("ST  - "), ris);
        Reference back = RoundTrip.through(ExportFormat.RIS, legalCase, dir).get(0).reference();
        assertEquals(List.of("Short", "S"), List.of(back.titleShort(), back.collectionTitle()));
    }

    /** The reference of a RIS journal article with a title and the given line, imported into a new project. */
    private Reference importedJournalArticle(String line) throws Exception {
        Path file = dir.resolve("imported.ris");
        Files.writeString(file, "TY  - JOUR\r\nTI  - A journal article\r\n" + line + "\r\nER  - \r\n");
        Path project = Files.createDirectories(dir.resolve("project/seeds"));
        Files.writeString(project.resolve("review.yaml"), "title: T\nsections:\n  - {id: all, title: All}\n");
        ReferenceImporter.importFiles(project.getParent(), List.of(file));
        return RoundTrip.papers(project.getParent()).get(0).reference();
    }

    /** One paper with the given YAML lines besides an id, a title and a year. */
    private List<Paper> review(String fields) throws Exception {
        Path project = dir.resolve("source");
        Path papers = Files.createDirectories(project.resolve("seeds/papers"));
        Files.writeString(project.resolve("seeds/review.yaml"), "title: T\nsections:\n  - {id: all, title: All}\n");
        Files.writeString(papers.resolve("p2020.yaml"), "id: p2020\ntitle: A paper\nissued: 2020\n" + fields
                + "screening: {status: pending}\n");
        return RoundTrip.papers(project);
    }
}
