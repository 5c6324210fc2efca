package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.livingreview.model.ProjectLayout;

/**
 * Every fixture export, imported alone into an empty review: each record ends as added, duplicate or refused,
 * and the counts of the report and of seeds/import-log.yaml add up to the records in the file, counted here
 * independently of the readers.
 */
class ImportAccountingTest {

    /** Fixture → the records expected added, duplicate and refused. */
    private static final Map<String, List<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("zotero.bib", List.of(2, 0, 0)),
            Map.entry("better-bibtex.bib", List.of(2, 0, 0)),
            Map.entry("zotero.ris", List.of(2, 0, 0)),
            Map.entry("zotero-csl.json", List.of(2, 0, 0)),
            Map.entry("pubmed.nbib", List.of(2, 0, 0)),
            Map.entry("endnote.ris", List.of(4, 0, 0)),
            Map.entry("scopus.ris", List.of(3, 0, 0)),
            Map.entry("cochrane.bib", List.of(3, 0, 1)),
            Map.entry("biblatex.bib", List.of(7, 0, 0)),
            Map.entry("wos.txt", List.of(3, 0, 0)),
            Map.entry("pubmed.xml", List.of(6, 0, 1)),
            Map.entry("ovid-embase.ris", List.of(2, 0, 0)));

    /** How many records a file holds, by the mark each of its records starts with. */
    private static final Map<String, Pattern> RECORD_STARTS = Map.of(
            "ris", Pattern.compile("(?m)^TY  - "),
            "nbib", Pattern.compile("(?m)^PMID- "),
            "txt", Pattern.compile("(?m)^PT [A-Z]$"),
            "xml", Pattern.compile("<Pubmed(?:Book)?Article>"),
            "bib", Pattern.compile("(?m)^\\s*@(?!string|comment|preamble|set\\b|xdata)\\w+\\s*\\{",
                    Pattern.CASE_INSENSITIVE));

    @TempDir
    Path dir;

    static Stream<String> fixtures() {
        return EXPECTED.keySet().stream().sorted();
    }

    @Test
    void everyFixtureIsAccountedFor() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(ImportSamples.class.getResource("/imports/").toURI()))) {
            assertEquals(EXPECTED.keySet().stream().sorted().toList(), files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".md")).sorted().toList());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyRecordEndsAsAddedDuplicateOrRefused(String fixture) throws Exception {
        Path project = ImportSamples.emptyProject(dir.resolve("project"));
        Path file = ImportSamples.sample(fixture, dir);
        ImportReport report = ReferenceImporter.importFiles(project, List.of(file));
        ImportReport.FileAccount account = report.files().get(0);
        int records = records(file);
        assertEquals(records, account.records(), "records read");
        assertEquals(EXPECTED.get(fixture), List.of(account.added().size(), account.duplicates().size(),
                account.refused().size()), () -> "added, duplicate, refused: " + report);
        String logged = Files.readAllLines(project.resolve(ProjectLayout.IMPORT_LOG)).get(2);
        assertEquals("records: " + records + ", added: " + account.added().size() + ", duplicates: "
                + account.duplicates().size() + ", refused: " + account.refused().size() + "}",
                logged.substring(logged.indexOf("records: ")));
    }

    private static int records(Path file) throws Exception {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String text = Files.readString(file).replace("\uFEFF", "");
        if (extension.equals("json")) {
            return new ObjectMapper().readTree(text).size();
        }
        return (int) RECORD_STARTS.get(extension).matcher(text).results().count();
    }
}
