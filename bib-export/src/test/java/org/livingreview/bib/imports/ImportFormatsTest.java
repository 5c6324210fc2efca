package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livingreview.model.ScreeningStatus;

/** What Zotero, Better BibTeX and PubMed export imports as the same two papers, as far as each format tells. */
class ImportFormatsTest {

    private static final String SECOND = "fictional2022 | A second fictional record: stem cells & the niche |"
            + " {Fictional Leukemia Consortium}; García-López, María | 2022-11 | Fictional Reviews in Oncology"
            + " (Fict Rev Oncol) | 5(2) | e1042 no.null | 10.5555/fro.2022.e1042 | null | PMC9900001";
    private static final String FIRST = "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1–positive ALL |"
            + " [van der] Berg, Anna; Müller, Jürgen; O'Brien, Seán | 2023-03-07 | Journal of Fictional Hematology"
            + " (J Fict Hematol) | 12(3) | 201-210 no.null | 10.5555/jfh.2023.0012 | 99000001 | null";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"zotero-csl.json", "zotero.ris"})
    void zoteroCslJsonAndRisCarryEverything(String sample) throws Exception {
        assertEquals(List.of(SECOND, FIRST), importSample(sample));
    }

    @Test
    void risTagLinesWithoutTheTrailingSpaceImportTheSame() throws Exception {
        Path sample = ImportSamples.sample("zotero.ris", dir);
        Files.writeString(sample, Files.readString(sample).replaceAll("(?m)[ \\t]+(\r?)$", "$1"));
        assertEquals(List.of(SECOND, FIRST), importSample(sample));
    }

    @ParameterizedTest
    @CsvSource({"zotero.bib"})
    void zoteroBibTeXHasNoDayAndNoJournalAbbreviation(String sample) throws Exception {
        assertEquals(List.of(SECOND.replace("(Fict Rev Oncol)", "(null)"),
                        FIRST.replace("2023-03-07", "2023-03").replace("(J Fict Hematol)", "(null)")),
                importSample(sample));
    }

    @Test
    void bibTeXWithLatexAccentCommandsImportsTheSame() throws Exception {
        Path sample = ImportSamples.sample("zotero.bib", dir);
        Files.writeString(sample, Files.readString(sample)
                .replace("Müller, Jürgen", "M{\\\"u}ller, J\\\"{u}rgen").replace("Seán", "Se{\\'a}n")
                .replace("García-López, María", "Garc{\\'\\i}a-L\\'{o}pez, Mar\\'{\\i}a"));
        assertEquals(List.of(SECOND.replace("(Fict Rev Oncol)", "(null)"),
                        FIRST.replace("2023-03-07", "2023-03").replace("(J Fict Hematol)", "(null)")),
                importSample(sample));
    }

    @ParameterizedTest
    @CsvSource({"better-bibtex.bib"})
    void betterBibTeXKeepsItsTitleCase(String sample) throws Exception {
        assertEquals(List.of(SECOND.replace("A second fictional record: stem cells & the niche",
                                "A Second Fictional Record: Stem Cells & the Niche"),
                        FIRST.replace("Fictional ex vivo resistance in BCR::ABL1–positive ALL",
                                "Fictional Ex Vivo Resistance in BCR::ABL1–Positive ALL")),
                importSample(sample));
    }

    @ParameterizedTest
    @CsvSource({"pubmed.nbib"})
    void pubmedMedlineGivesNamesWithoutAccentsAndSentenceCaseJournals(String sample) throws Exception {
        assertEquals(List.of(
                        "fictional2022 | A second fictional record: stem cells & the niche | {Fictional Leukemia"
                        + " Consortium}; Garcia-Lopez, Maria | 2022-11 | Fictional reviews in oncology (Fict Rev Oncol)"
                        + " | 5(2) | e1042 no.null | 10.5555/fro.2022.e1042 | 99000002 | PMC9900001",
                        "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1-positive ALL: a study with a title"
                        + " long enough to wrap onto a continuation line | [van der] Berg, Anna; Muller, Jurgen;"
                        + " O'Brien, Sean | 2023-03-07 | Journal of fictional hematology (J Fict Hematol) | 12(3) |"
                        + " 201-210 no.null | 10.5555/jfh.2023.0012 | 99000001 | null"),
                importSample(sample));
    }

    private List<String> importSample(String sample) throws Exception {
        return importSample(ImportSamples.sample(sample, dir));
    }

    private List<String> importSample(Path sample) throws Exception {
        Path project = ImportSamples.emptyProject(dir.resolve("project"));
        ImportReport report = ReferenceImporter.importFiles(project, List.of(sample));
        assertEquals(List.of(), report.problems());
        assertEquals(2, report.added().size());
        ImportSamples.papers(project).forEach(p -> {
            assertEquals(ScreeningStatus.PENDING, p.screening().status());
            assertEquals(List.of(), p.claims());
        });
        return ImportSamples.papers(project).stream().map(ImportSamples::summary).toList();
    }
}
