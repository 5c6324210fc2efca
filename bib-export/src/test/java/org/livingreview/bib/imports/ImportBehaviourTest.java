package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Name;
import org.livingreview.model.Problem;
import org.livingreview.model.SourceDate;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.ProjectLayout;

/** Duplicates, ids, files never overwritten, and malformed inputs reported where they are. */
class ImportBehaviourTest {

    @TempDir
    Path dir;

    private Path project() throws IOException {
        return ImportSamples.emptyProject(dir.resolve("project"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private List<String> problems(ImportReport report) {
        return report.problems().stream().map(Problem::format).map(s -> s.replace(dir + "/", "")).toList();
    }

    private List<String> paperFiles(Path project) throws IOException {
        Path papers = project.resolve("seeds/papers");
        if (!Files.isDirectory(papers)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(papers)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSameWorkInTwoFilesIsAddedOnce() throws Exception {
        Path project = project();
        ImportReport report = ReferenceImporter.importFiles(project,
                List.of(ImportSamples.sample("zotero.bib", dir), ImportSamples.sample("zotero.ris", dir)));
        assertEquals(List.of("fictional2022.yaml", "vanderberg2023.yaml"), paperFiles(project));
        assertEquals(List.of(
                        new ImportReport.Duplicate(dir.resolve("zotero.ris") + ":1 record #1",
                                project.resolve("seeds/papers/vanderberg2023.yaml").toString(), "the same DOI"
                                + " (10.5555/jfh.2023.0012)"),
                        new ImportReport.Duplicate(dir.resolve("zotero.ris") + ":22 record #2",
                                project.resolve("seeds/papers/fictional2022.yaml").toString(), "the same DOI"
                                + " (10.5555/fro.2022.e1042)")),
                report.duplicates());
    }

    @Test
    void recordsAlreadyInTheReviewAreSkippedAndItsFilesUntouched() throws Exception {
        Path project = project();
        ReferenceImporter.importFiles(project, List.of(ImportSamples.sample("zotero.ris", dir)));
        Path existing = project.resolve("seeds/papers/vanderberg2023.yaml");
        String withClaims = Files.readString(existing).replace("screening: {status: pending}", """
                screening: {status: included}
                claims:
                  - {id: my-claim, section: all, text: The reviewer's own words.}""");
        Files.writeString(existing, withClaims);
        byte[] before = Files.readAllBytes(existing);

        Path json = ImportSamples.sample("zotero-csl.json", dir);
        ImportReport report = ReferenceImporter.importFiles(project, List.of(json));
        assertEquals(List.of(), report.added());
        assertEquals(2, report.duplicates().size());
        assertArrayEquals(before, Files.readAllBytes(existing), "a reviewer's claims are never touched");
    }

    @Test
    void duplicatesAreFoundByPmidPmcidAndByTitleAndYearToo() throws Exception {
        Path project = project();
        Path first = write("a.json", "[{\"type\": \"book\", \"title\": \"Leukemia: A Guide\", \"PMID\": \"99000009\","
                + " \"issued\": {\"date-parts\": [[2020]]}}]");
        Path second = write("b.json", "[{\"type\": \"book\", \"title\": \"Other\", \"PMID\": \"99000009\"},"
                + " {\"type\": \"book\", \"title\": \"leukemia — a guide\", \"issued\": {\"date-parts\": [[2020]]}},"
                + " {\"type\": \"book\", \"title\": \"Third\", \"PMCID\": \"PMC7000001\"},"
                + " {\"type\": \"book\", \"title\": \"Fourth\", \"PMCID\": \"PMC7000001\"}]");
        ImportReport report = ReferenceImporter.importFiles(project, List.of(first, second));
        assertEquals(2, report.added().size());
        assertEquals(List.of("the same PMID (99000009) as " + project.resolve("seeds/papers/leukemia2020.yaml"),
                        "the same title, year as " + project.resolve("seeds/papers/leukemia2020.yaml"),
                        "the same PMCID (PMC7000001) as " + project.resolve("seeds/papers/thirdnd.yaml")),
                report.duplicates().stream().map(d -> d.evidence() + " as " + d.of()).toList());
    }

    @Test
    void cslNumberIsAnArticleNumberOnlyForArticlesElseLeftOutWithAWarning() throws Exception {
        Path project = project();
        Path file = write("refs.json", """
                [{"id": "art", "type": "article-journal", "title": "An article", "number": "e1042"},
                 {"id": "rep", "type": "report", "title": "A report", "number": "TR-17"},
                 {"id": "pre", "type": "article", "title": "A preprint", "number": "arXiv:2405.00001",
                  "URL": "https://arxiv.org/abs/2405.00001"},
                 {"id": "pat", "type": "patent", "title": "A patent", "number": "US 1234567"}]""");
        ImportReport report = ReferenceImporter.importFiles(project, List.of(file));
        assertEquals(List.of(
                "refs.json:2:2: warning: record rep: 'number' (TR-17) of a report is its series, report, patent or"
                        + " archive number, which a paper file has no field for (only a journal article's article"
                        + " number); it was left out",
                "refs.json:5:2: warning: record pat: 'number' (US 1234567) of a patent is its series, report, patent"
                        + " or archive number, which a paper file has no field for (only a journal article's article"
                        + " number); it was left out"), problems(report));
        assertEquals(List.of("A patent: null null", "A preprint: null null", "A report: null null",
                "An article: e1042 null"), ImportSamples.papers(project).stream().map(p -> p.reference().title() + ": "
                + p.reference().articleNumber() + " " + p.reference().page()).sorted().toList());
    }

    @Test
    void idsAreReadableAndDisambiguated() throws Exception {
        Path project = project();
        Files.createDirectories(project.resolve("seeds/papers"));
        Files.writeString(project.resolve("seeds/papers/smith2020.yaml"), "id: smith2020\n");
        Path file = write("refs.json", """
                [{"type": "book", "title": "One", "author": [{"family": "Smith", "given": "A"}], "issued": "2020"},
                 {"type": "book", "title": "Two", "author": [{"family": "Smith", "given": "B"}], "issued": "2020"},
                 {"type": "book", "title": "Drei", "author": [{"family": "Müller-Lüdenscheidt", "given": "C"}]},
                 {"type": "book", "title": "白血病", "author": [{"family": "王", "given": "小明"}], "issued": "2022"}]""");
        ReferenceImporter.importFiles(project, List.of(file));
        assertEquals(List.of("mullerludenscheidtnd.yaml", "ref2022.yaml", "smith2020.yaml", "smith2020a.yaml",
                "smith2020b.yaml"), paperFiles(project));
        assertEquals("id: smith2020\n", Files.readString(project.resolve("seeds/papers/smith2020.yaml")),
                "an existing file is never overwritten");
    }

    @Test
    void controlCharactersAreRemovedWithAWarningAndTheNewPapersLoad() throws Exception {
        Path project = project();
        Path bib = write("refs.bib", "@article{key,\n  title = {Stem\u0007 cells},\n"
                + "  author = {Garc\u001B\u001Bía, María},\n  year = {2022}\n}\n");
        Path json = write("refs.json", "[{\"type\": \"book\", \"title\": \"Niche\\u0000 signals\\u007f\"}]");
        ImportReport report = ReferenceImporter.importFiles(project, List.of(bib, json));
        assertEquals(List.of(
                "refs.bib:1:1: warning: record key: 'family' holds a control character (U+001B) that a seed"
                        + " file cannot hold; it was removed — check the field in the new paper file",
                "refs.bib:1:1: warning: record key: 'title' holds a control character (U+0007) that a seed"
                        + " file cannot hold; it was removed — check the field in the new paper file",
                "refs.json:1:2: warning: record #1: 'title' holds a control character (U+0000) that a seed file"
                        + " cannot hold; it was removed — check the field in the new paper file"),
                problems(report));
        LoadedReview loaded = ReviewLoader.load(project);
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("Stem cells | García", "Niche signals | "), loaded.review().papers().stream()
                .map(p -> p.reference().title() + " | " + p.reference().authors().stream().map(Name::family)
                        .collect(Collectors.joining())).toList());
    }

    @Test
    void anyFileNameIsLoggedSoThatTheLogStillLoads() throws Exception {
        Path project = project();
        Path file = write("it's: a \u0007[list].json", "[{\"type\": \"book\", \"title\": \"One\"}]");
        ReferenceImporter.importFiles(project, List.of(file));
        assertEquals("- {date: '" + SourceDate.today() + "', file: 'it''s: a [list].json', records: 1, added: 1,"
                + " duplicates: 0, refused: 0}", Files.readAllLines(project.resolve(ProjectLayout.IMPORT_LOG)).get(2));
        Problems problems = new Problems();
        assertEquals(0, ImportLog.duplicatesRemoved(project, problems));
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void truncatedJsonIsLocatedAndTheRecordsBeforeAreImported() throws Exception {
        Path project = project();
        Path file = write("refs.json", "[{\"type\": \"book\", \"title\": \"A\"},\n {\"type\": \"book\", \"title\": \"B");
        ImportReport report = ReferenceImporter.importFiles(project, List.of(file));
        assertEquals(List.of("refs.json:2:30: error: record #2: malformed JSON: Unexpected end-of-input: was expecting"
                + " closing quote for a string value; this record and any after it could not be read — the file may be"
                + " truncated or edited by hand; export it again"), problems(report));
        assertEquals(List.of("and.yaml"), paperFiles(project));
        assertEquals(1, report.refused().size());
    }

    @Test
    void wrongJsonTypesNameTheRecordAndField() throws Exception {
        Path file = write("refs.json", "[\n  {\"type\": \"book\", \"title\": \"A\", \"author\": \"Doe, Jane\"},\n  42\n]");
        ImportReport report = ReferenceImporter.importFiles(project(), List.of(file));
        assertEquals(List.of("refs.json:2:3: warning: record #1: 'author' must be a list of names, not a string; the"
                        + " names were left out — add them to the new paper file",
                        "refs.json:3:3: error: record #2: a record must be a JSON object, not a number — export the"
                        + " items again from Zotero as CSL JSON"),
                problems(report));
        assertEquals(1, report.added().size());
        assertEquals(1, report.refused().size());
    }

    @Test
    void unbalancedBibTeXBracesAreLocatedAndTheOtherEntriesImported() throws Exception {
        Path file = write("refs.bib", "@article{a,\n  title = {Fine},\n}\n\n@article{b,\n  title = {Broken,\n"
                + "  year = {2020}\n}\n@article{c,\n  title = {Also fine},\n}\n");
        ImportReport report = ReferenceImporter.importFiles(project(), List.of(file));
        assertEquals(List.of("refs.bib:5:1: error: record b: malformed BibTeX: the entry never closes (a '{' has no"
                + " matching '}') before the next entry — check its braces, or export the file again"), problems(report));
        assertEquals(List.of("record a", "record c"), report.added().stream()
                .map(a -> a.source().substring(a.source().indexOf(' ') + 1)).toList());
    }

    @Test
    void risWithoutErIsTruncated() throws Exception {
        Path file = write("refs.ris", "TY  - JOUR\nTI  - One\nER  - \n\nTY  - JOUR\nTI  - Two\n");
        ImportReport report = ReferenceImporter.importFiles(project(), List.of(file));
        assertEquals(List.of("refs.ris:5:1: error: record #2: the file ends before this record's 'ER' line, so it is"
                + " probably truncated; the record was not imported — export the file again"), problems(report));
        assertEquals(1, report.added().size());
    }

    @Test
    void aFileOfNoKnownFormatIsRefused() throws Exception {
        Path file = write("refs.bib", "Kheyrandish S, et al. Mol Biol Rep. 2025;53(1):94.\n");
        assertEquals(List.of("refs.bib:1:1: error: this is not a PubMed XML, CSL-JSON, RIS, MEDLINE, Web of Science or"
                + " BibTeX file: it is named like BibTeX but it has no entry such as '@article{' — export the references from your"
                        + " reference manager or database in one of these formats"),
                problems(ReferenceImporter.importFiles(project(), List.of(file))));
    }

    @Test
    void contentDecidesTheFormatAndAMisleadingNameIsReported() throws Exception {
        Path project = project();
        Path file = dir.resolve("refs.bib");
        Files.copy(ImportSamples.sample("zotero.ris", dir), file);
        ImportReport report = ReferenceImporter.importFiles(project, List.of(file));
        assertEquals(List.of("refs.bib:1:1: warning: the file is named like BibTeX but holds RIS; it was read as RIS"),
                problems(report));
        assertEquals(2, report.added().size());
    }

    @Test
    void aBrokenFileAddsNothingWhileAGoodOneBesideItIsImported() throws Exception {
        Path project = project();
        Path good = ImportSamples.sample("zotero.ris", dir);
        Path bad = write("bad.json", "[{\"title\": ");
        ImportReport report = ReferenceImporter.importFiles(project, List.of(bad, good));
        assertTrue(report.hasErrors());
        assertEquals(List.of("fictional2022.yaml", "vanderberg2023.yaml"), paperFiles(project));
        assertFalse(problems(report).isEmpty());
    }

    @Test
    void incompleteAuthorListsAreRecognisedInEveryForm() throws Exception {
        Path file = write("refs.json", "[{\"type\": \"book\", \"title\": \"A\", \"author\": [{\"family\": \"Doe\","
                + " \"given\": \"J\"}, {\"literal\": \"others\"}]},"
                + "{\"type\": \"book\", \"title\": \"B\", \"author\": [{\"family\": \"Roe\"}, {\"family\": \"et al.\"}]}]");
        Path project = project();
        ReferenceImporter.importFiles(project, List.of(file));
        ImportSamples.papers(project).forEach(p -> {
            assertTrue(p.reference().authorsIncomplete(), p.id());
            assertEquals(1, p.reference().authors().size(), p.id());
        });
    }

    @Test
    void whatASeedCannotHoldIsNormalisedWithAWarning() throws Exception {
        Path json = write("refs.json", "[{\"id\": \"a\", \"type\": \"article\", \"title\": \"A title\\nwrapped as arXiv"
                + " writes it\", \"URL\": \"https://example.org/a https://example.org/b\"},"
                + " {\"id\": \"b\", \"type\": \"book\", \"title\": \"B\", \"URL\": \"10.5555/b.1\"}]");
        Path nbib = write("refs.nbib", "PMID- 99000077\nTI  - C.\nFAU - Smith, John 2nd\nAU  - Smith J 2nd\n");
        Path ris = write("refs.ris", "TY  - JOUR\nTI  - D\nPY  - 0000\nER  - \n");
        Path project = project();
        ImportReport report = ReferenceImporter.importFiles(project, List.of(json, nbib, ris));
        assertEquals(List.of("refs.json:1:2: warning: record a: 'URL' holds 2 addresses; the first,"
                + " https://example.org/a, was kept — a paper file holds one"), problems(report));
        assertEquals(List.of("B | null | 10.5555/b.1 | null", "D | null | null | null",
                        "C | null | null | Smith, John, 2nd",
                        "A title wrapped as arXiv writes it | https://example.org/a | null | null"),
                ImportSamples.papers(project).stream().map(p -> p.reference().title() + " | " + p.reference().url()
                        + " | " + p.reference().doi() + " | " + p.reference().authors().stream().map(n -> n.family()
                        + ", " + n.given() + ", " + n.suffix()).findFirst().orElse("null")
                        + (p.reference().issued() == null ? "" : " " + p.reference().issued().iso())).toList());
        assertEquals(List.of(), ReviewLoader.load(project).problems());
    }

    @Test
    void twoEntriesWithOneKeyAreTwoPapersAndOddKeysAreRead() throws Exception {
        Path bib = write("refs.bib", "@article{dup,\n  title = {First},\n  year = {2020}\n}\nfoo\n"
                + "@article{dup,\n  title = {Second},\n  year = {2020}\n}\n% a comment\n# and a line\n"
                + "@article{odd`key\u2010x,\n  title = {Third},\n  year = {2021}\n}\n");
        Path project = project();
        ImportReport report = ReferenceImporter.importFiles(project, List.of(bib));
        assertEquals(List.of(), problems(report));
        assertEquals(List.of("first2020.yaml", "second2020.yaml", "third2021.yaml"), paperFiles(project));
    }
}
