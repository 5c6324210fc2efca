package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Paper;
import org.livingreview.model.Problem;

/**
 * Exports shaped like what EndNote, Scopus and the Cochrane Library write, quirks included (checked against
 * Zotero's own importer, which reads the same records from them): nothing is lost in silence.
 */
class ExporterFixturesTest {

    @TempDir
    Path dir;

    private List<Paper> importFixture(String fixture, List<String> expectedProblems) throws Exception {
        Path project = ImportSamples.emptyProject(dir.resolve("project"));
        ImportReport report = ReferenceImporter.importFiles(project, List.of(ImportSamples.sample(fixture, dir)));
        assertEquals(expectedProblems, report.problems().stream().map(Problem::format)
                .map(p -> p.replace(dir + "/", "")).toList());
        return ImportSamples.papers(project);
    }

    private static List<String> summaries(List<Paper> papers) {
        return papers.stream().map(ImportSamples::summary).toList();
    }

    @Test
    void endNoteRisWithWrappedLinesMonthOnlyDatesAndEpubDates() throws Exception {
        List<Paper> papers = importFixture("endnote.ris", List.of());
        assertEquals(List.of(
                "lindqvist2021 | Fictional monitoring of molecular response | Lindqvist, E. | 2021 | A Fictional"
                        + " Handbook of Leukemia (null) | null(null) | 101-118 no.null | null | null | null",
                "novak2019 | A fictional survey of TKI dose reduction in routine practice | Novak, P.; Haddad, R. |"
                        + " 2019 | Fictional Clinical Oncology (null) | 8(null) | 12-19 no.null | null | null | null",
                "tanaka2006 | Fictional asciminib sequencing after ponatinib failure in chronic-phase CML | Tanaka,"
                        + " H.; Okafor, C.; Lindqvist, E. | 2006-12 | Fictional Leukemia Letters (null) | 3(4) | 55-61"
                        + " no.null | 10.5555/fll.2006.055 | 99000003 | null",
                "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1-positive ALL | [van der] Berg, A.;"
                        + " Müller, J.; O'Brien, S. | 2023-03-07 | Journal of Fictional Hematology (J Fict Hematol) |"
                        + " 12(3) | 201-210 no.null | 10.5555/jfh.2023.0012 | 99000001 | null"), summaries(papers));
        assertEquals(List.of("2nd", "null"), papers.stream().filter(p -> !p.id().equals("novak2019")
                && !p.id().equals("tanaka2006")).map(p -> String.valueOf(p.reference().edition())).toList(),
                "a chapter's ET is its edition, a journal article's is its e-publication date");
        assertEquals(List.of("Humans", "Precursor Cell Lymphoblastic Leukemia-Lymphoma", "Drug Resistance, Neoplasm"),
                papers.get(3).reference().keywords(), "one keyword a line under one KW tag");
    }

    @Test
    void scopusRisWithItsHeaderAndThePubMedIdInC2() throws Exception {
        assertEquals(List.of(
                "garcialopez2022 | A second fictional record: stem cells & the niche | García-López, M. | 2022 |"
                        + " Fictional Reviews in Oncology (Fict. Rev. Oncol.) | 5(2) | null no.e1042 |"
                        + " 10.5555/fro.2022.e1042 | 99000002 | null",
                "haddad2020 | Fictional imatinib discontinuation outcomes at five years | Haddad, R.; Novak, P. |"
                        + " 2020 | Fictional Clinical Oncology (Fict. Clin. Oncol.) | 9(null) | 40-47 no.null |"
                        + " 10.5555/fco.2020.040 | 99000040 | null",
                "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1-positive ALL | [van der] Berg, A.;"
                        + " Müller, J.; O'Brien, S. | 2023 | Journal of Fictional Hematology (J. Fict. Hematol.) |"
                        + " 12(3) | 201-210 no.null | 10.5555/jfh.2023.0012 | 99000001 | null"),
                summaries(importFixture("scopus.ris", List.of())));
    }

    @Test
    void cochraneBibTeXWithRecordLinesRepeatedKeysCommaAuthorListsAndOddKeys() throws Exception {
        List<Paper> papers = importFixture("cochrane.bib", List.of("cochrane.bib:39:1: error: record `Haddad20: the"
                + " record has no title — add one in the reference manager and export again"));
        assertEquals(List.of(
                "novak2019 | A fictional survey of TKI dose reduction in routine practice | Novak, P; Haddad, R |"
                        + " 2019 | Fictional Clinical Oncology (null) | 8(null) | 12-19 no.null | null | null | null",
                "smith2017 | Fictional stopping of treatment in Philadelphia‐positive acute lymphoblastic leukaemia"
                        + " | Smith, SR; Newton, K; Smith, JA; Lindqvist, E; O'Brien, S; Novak, P; Haddad, R;"
                        + " García‐López, M; Müller, J | 2017 | Cochrane Database of Fictional Reviews (null) |"
                        + " null(9) | null no.null | 10.5555/14651858.CD000002.pub3 | null | null",
                "vanderberg2017 | Fictional tyrosine kinase inhibitors for chronic myeloid leukaemia in chronic phase"
                        + " | [van der] Berg, A; Tanaka, H; Okafor, C | 2017 | Cochrane Database of Fictional Reviews"
                        + " (null) | null(4) | null no.null | 10.5555/14651858.CD000001.pub2 | null | null"),
                summaries(papers));
        assertEquals(List.of("*Antineoplastic Agents [therapeutic use]", "Humans",
                "*Leukemia, Myelogenous, Chronic, BCR-ABL Positive [drug therapy]"),
                papers.get(2).reference().keywords(), "Cochrane separates keywords with semicolons");
    }

    @Test
    void pmcidsInAnyCaseAreNormalised() throws Exception {
        Path file = Files.writeString(dir.resolve("refs.json"), "[{\"type\": \"book\", \"title\": \"A\","
                + " \"PMCID\": \"Pmc4348420\"}, {\"type\": \"book\", \"title\": \"B\", \"note\": \"PMCID: pmc77\"}]");
        Path project = ImportSamples.emptyProject(dir.resolve("project"));
        ImportReport report = ReferenceImporter.importFiles(project, List.of(file));
        assertEquals(List.of(), report.problems());
        assertEquals(List.of("PMC4348420", "PMC77"), ImportSamples.papers(project).stream()
                .map(p -> p.reference().pmcid()).toList());
    }

    @Test
    void bibLaTeXWithCrossrefXdataSubtitlesMathEprintsSetsAndCollections() throws Exception {
        String leftOut = " is its series, report, patent or archive number, which a paper file has no field for (only"
                + " a journal article's article number); it was left out";
        List<Paper> papers = importFixture("biblatex.bib", List.of(
                "biblatex.bib:5:1: warning: record fictionalhandbook: 'number' (5) of a book" + leftOut,
                "biblatex.bib:17:1: warning: record lindqvist:monitoring: 'number' (5) of a chapter" + leftOut,
                "biblatex.bib:62:1: warning: record haddad:report: 'number' (17) of a report" + leftOut));
        assertEquals(List.of(
                "haddad2022 | A fictional registry report | Haddad, Rania | 2022 | null (null) | null(null) | null"
                        + " no.null | null | null | null | report Fictional Registry",
                "lindqvist2021 | Fictional monitoring of molecular response | Lindqvist, Elin | 2021 | A Fictional"
                        + " Handbook of Leukemia: Molecular Monitoring in Practice (null) | null(null) | 101-118"
                        + " no.null | null | null | null | chapter Fictional Press eds Okafor, Lindqvist",
                "novak2018 | Collected Fictional Essays |  | 2018 | null (null) | null(null) | null no.null | null |"
                        + " null | null | book Fictional Press eds Novak",
                "novak2024 | Fictional dose reduction of tyrosine kinase inhibitors: a preprint | Novak, Petr;"
                        + " Haddad, Rania | 2024-05-02 | null (null) | null(null) | null no.null | null |"
                        + " null | null | webpage https://arxiv.org/abs/2405.00001",
                "okafor2021 | A Fictional Handbook of Leukemia: Molecular Monitoring in Practice |  | 2021 | null"
                        + " (null) | null(null) | null no.null | null | null | null | book Fictional Press eds Okafor,"
                        + " Lindqvist",
                "tanaka2006 | Only β-catenin and IC₅₀ values — a fictional note | Tanaka, Hiroshi; Okafor, Chidi |"
                        + " 2006-12 | Fictional Leukemia Letters (null) | 3(4) | 55-61 no.null | null | null | null |"
                        + " article-journal Fictional Press",
                "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1-positive ALL | [van der] Berg, Anna;"
                        + " Müller, Jürgen; O'Brien, Seán | 2023-03-07 | Journal of Fictional Hematology (null) |"
                        + " 12(3) | 201-210 no.null | 10.5555/jfh.2023.0012 | 99000001 | null | article-journal"),
                papers.stream().map(p -> ImportSamples.summary(p) + " | " + p.reference().type()
                        + (p.reference().publisher() == null ? "" : " " + p.reference().publisher())
                        + (p.reference().url() == null ? "" : " " + p.reference().url())
                        + (p.reference().editors().isEmpty() ? "" : " eds " + String.join(", ",
                        p.reference().editors().stream().map(org.livingreview.model.Name::family).toList())))
                        .toList());
    }

    @Test
    void webOfSciencePlainTextWithOneAuthorALineAndFullNames() throws Exception {
        assertEquals(List.of(
                "garcialopez2022 | A second fictional record: stem cells & the niche | Garcia-Lopez, Maria | 2022-11"
                        + " | FICTIONAL REVIEWS IN ONCOLOGY (null) | 5(2) | null no.e1042 | 10.5555/fro.2022.e1042 |"
                        + " 99000002 | null | article-journal",
                "novak2021 | Fictional dose reduction of tyrosine kinase inhibitors in clinics | Novak, Petr;"
                        + " Haddad, Rania | 2021 | PROCEEDINGS OF THE FICTIONAL LEUKEMIA MEETING (null) | null(null) |"
                        + " 33-35 no.null | null | null | null | paper-conference",
                "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1-positive ALL | [van der] Berg, Anna;"
                        + " Mueller, Juergen; O'Brien, Sean | 2023-03-07 | JOURNAL OF FICTIONAL HEMATOLOGY (J. Fict."
                        + " Hematol.) | 12(3) | 201-210 no.null | 10.5555/jfh.2023.0012 | 99000001 | null |"
                        + " article-journal"),
                importFixture("wos.txt", List.of()).stream().map(p -> ImportSamples.summary(p) + " | "
                        + p.reference().type()).toList());
    }

    @Test
    void pubmedXmlAsEfetchWritesIt() throws Exception {
        List<Paper> papers = importFixture("pubmed.xml", List.of("pubmed.xml:420:1: error: record PMID"
                + " 99000050: the record has no title — add one in the reference manager and export again"));
        assertEquals(List.of(
                "gullaksen2025 | CML stem cells and their interactions and adaptations to tyrosine kinase inhibitors"
                        + " | Gullaksen, Stein-Erik; et al. | 2025-07 | Leukemia & lymphoma (Leuk Lymphoma) | 66(7) |"
                        + " 1211-1220 no.null | 10.1080/10428194.2025.2466817 | null | null | article-journal | en |"
                        + " Review",
                "haddad2020 | Fictional imatinib discontinuation outcomes at five years | Haddad, R.; Novak, P. |"
                        + " 2020 | Fictional clinical oncology (Fict Clin Oncol) | 9(null) | 40-47 no.null | null |"
                        + " 99000040 | null | article-journal | fr | null",
                "kheyrandish2025 | Philadelphia chromosome-positive acute lymphoblastic leukemia: exploring"
                        + " microRNA-based strategies to improve outcomes | Kheyrandish, S; Pilehvari, N; Rastgar, A;"
                        + " Bakhshian-Farsani, M A; Chahardouli, B; Nazari, Z; Rostami, S; Mohammadi, S;"
                        + " Gharehbaghian, A | 2025-11-18 | Molecular biology reports (Mol Biol Rep) | 53(1) |"
                        + " 94 no.null | 10.1007/s11033-025-11244-1 | 41251904 | null | article-journal | en | Review",
                "lindqvist2021 | Fictional monitoring of molecular response | Lindqvist, Erik | 2021 | A Fictional"
                        + " Handbook of Leukemia (null) | null(null) | null no.null | null | 99000060 | null |"
                        + " chapter | en | Review",
                "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1-positive ALL | [van der] Berg, Anna;"
                        + " Müller, Jürgen; O'Brien, Sean; {Fictional Leukemia Consortium} | 2023-03 | Journal of"
                        + " fictional hematology (J Fict Hematol) | 12(3) | 201-210 no.null | 10.5555/jfh.2023.0012 |"
                        + " 99000001 | PMC9900001 | article-journal | en | null",
                "vanoutersterp2024 | Tyrosine kinase inhibitor resistance in de novo BCR::ABL1–positive BCP-ALL"
                        + " beyond kinase domain mutations | [van] Outersterp, Inge; Boer, Judith M; [van de] Ven,"
                        + " Cesca; Reichert, Caitlin E J; Boeree, Aurelie; Kruisinga, Brian; [de] Groot-Kruseman,"
                        + " Hester A; Escherich, Gabriele; Sijs-Szabo, Aniko; Rijneveld, Anita W; [den] Boer, Monique"
                        + " L | 2024-04-10 | Blood advances (Blood Adv) | 8(8) | 1835-1845 no.null | null | 38386975 |"
                        + " null | article-journal | en | null"),
                papers.stream().map(p -> ImportSamples.summary(p) + " | " + p.reference().type() + " | "
                        + p.reference().language() + " | " + p.reference().publicationType()).toList());
        assertEquals(List.of("Chronic myeloid leukemia", "Tyrosine kinase inhibitor", "leukemic stem cells",
                "phosphorylation", "signaling", "tumor micro environment"), papers.get(0).reference().keywords());
        assertEquals("Jr", papers.get(4).reference().authors().get(2).suffix(), "the Suffix element");
        org.livingreview.model.Reference chapter = papers.get(3).reference();
        assertEquals("Tanaka, Hiro | Fictional University Press | Nowhere (NL) | 2nd", chapter.editors().get(0)
                .family() + ", " + chapter.editors().get(0).given() + " | " + chapter.publisher() + " | "
                + chapter.publisherPlace() + " | " + chapter.edition());
    }

    @Test
    void ovidEmbaseRisWithNamesWithoutCommasAndEmbaseAccessionNumbers() throws Exception {
        assertEquals(List.of(
                "novak2019 | A fictional survey of TKI dose reduction in routine practice | Novak, P.; Haddad, R. |"
                        + " 2019 | Fictional Clinical Oncology (Fict. Clin. Oncol.) | 8(null) | 12-19 no.null | null |"
                        + " null | null",
                "vanderberg2023 | Fictional ex vivo resistance in BCR::ABL1-positive ALL | [van der] Berg, A.;"
                        + " Muller, J.; O'Brien, S. | 2023 | Journal of Fictional Hematology (J. Fict. Hematol.) |"
                        + " 12(3) | 201-210 no.null | 10.5555/jfh.2023.0012 | null | null"),
                summaries(importFixture("ovid-embase.ris", List.of())));
    }

    @Test
    void theSamePapersFromSeveralDatabasesAreDuplicatesWithTheirEvidence() throws Exception {
        Path project = ImportSamples.emptyProject(dir.resolve("project"));
        List<Path> files = List.of(ImportSamples.sample("endnote.ris", dir), ImportSamples.sample("scopus.ris", dir),
                ImportSamples.sample("wos.txt", dir), ImportSamples.sample("cochrane.bib", dir));
        ImportReport report = ReferenceImporter.importFiles(project, files);
        assertEquals(List.of(
                "scopus.ris:4 record #1 = vanderberg2023: the same DOI (10.5555/jfh.2023.0012)",
                "wos.txt:3 record WOS:000555500000001 = vanderberg2023: the same DOI (10.5555/jfh.2023.0012)",
                "wos.txt:40 record WOS:000555500000002 = garcialopez2022: the same DOI (10.5555/fro.2022.e1042)",
                "cochrane.bib:29 record Novak‐2019 = novak2019: the same title, first author, volume, first page,"
                        + " year"),
                report.duplicates().stream().map(d -> d.source().replace(dir + "/", "") + " = "
                        + Path.of(d.of()).getFileName().toString().replace(".yaml", "") + ": " + d.evidence()).toList());
        assertEquals(List.of(4, 2, 1, 2), report.files().stream().map(f -> f.added().size()).toList());
    }

    @Test
    void pubmedXmlRecordsOfPapersReadFromScopusAreDuplicates() throws Exception {
        Path project = ImportSamples.emptyProject(dir.resolve("project"));
        ImportReport report = ReferenceImporter.importFiles(project, List.of(ImportSamples.sample("scopus.ris", dir),
                ImportSamples.sample("pubmed.xml", dir)));
        assertEquals(List.of(
                "pubmed.xml:285 record PMID 99000001 = vanderberg2023: the same DOI (10.5555/jfh.2023.0012)",
                "pubmed.xml:378 record PMID 99000040 = haddad2020: the same PMID (99000040)"),
                report.duplicates().stream().map(d -> d.source().replace(dir + "/", "") + " = "
                        + Path.of(d.of()).getFileName().toString().replace(".yaml", "") + ": " + d.evidence()).toList());
        assertEquals(List.of(3, 4), report.files().stream().map(f -> f.added().size()).toList());
    }

    @Test
    void titlesMatchAcrossMarkupGreekLettersAndAccentsButNotAcrossAuthorsOrDistantYears() {
        assertEquals(DuplicateKeys.normalizedTitle("TGF-β in <i>BCR::ABL1</i> leukämie"),
                DuplicateKeys.normalizedTitle("TGF-beta in BCR-ABL1 Leukamie."));
        DuplicateKeys keys = new DuplicateKeys();
        keys.add(reference("Same title", "Smith", 2020, "12"), "first");
        assertEquals("the same title, first author, volume, year within one (2020, 2021)",
                keys.match(reference("Same  title.", "Smith", 2021, "12")).orElseThrow().evidence());
        assertEquals(java.util.Optional.empty(), keys.match(reference("Same title", "Jones", 2020, "12")));
        assertEquals(java.util.Optional.empty(), keys.match(reference("Same title", "Smith", 2022, "12")));
        assertEquals(java.util.Optional.empty(), keys.match(reference("Same title", "Smith", 2020, "13")));
    }

    private static org.livingreview.model.Reference reference(String title, String author, int year, String volume) {
        return new org.livingreview.model.Reference("article-journal", title, null,
                List.of(new org.livingreview.model.Name(author, "A", null, null, null, null)), false, List.of(),
                new org.livingreview.model.PartialDate(year, null, null), null, null, null, volume, null, null, null,
                null, null, null, null, null, null, null, null, null, null, List.of());
    }
}
