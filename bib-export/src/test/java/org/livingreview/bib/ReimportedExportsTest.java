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

/**
 * Export defects found by re-importing: an organisation written as a family name alone came back from BibTeX
 * split as a person ("Center, NIH Clinical"); RIS lost the ISBN of every type but books and chapters
 * (proceedings, encyclopedia entries, reports), and the type of every paper it writes as GEN; Zotero read an
 * ISBN in the SN of a journal article as its ISSN, and a web page's VL as its access date.
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
        Path file = dir.resolve("issn.ris");
        Files.writeString(file, "TY  - JOUR\r\nTI  - A journal article\r\nSN  - 1234-5678\r\nER  - \r\n");
        Path project = Files.createDirectories(dir.resolve("project/seeds"));
        Files.writeString(project.resolve("review.yaml"), "title: T\nsections:\n  - {id: all, title: All}\n");
        ReferenceImporter.importFiles(project.getParent(), List.of(file));
        assertEquals(null, RoundTrip.papers(project.getParent()).get(0).reference().isbn());
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
