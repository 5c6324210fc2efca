package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;

/**
 * Fuzzes each importer: any text must give records or reported problems, never an exception, and whatever an
 * import adds must load back without errors. {@code mvn verify} replays the inputs under ImporterFuzzTestInputs;
 * fuzz with {@code JAZZER_FUZZ=1} (see README).
 */
class ImporterFuzzIT {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "10m")
    void cslJson(@NotNull String text) {
        assertOnlyReportedProblems(ImportFormat.CSL_JSON, "fuzzed.json", text);
    }

    @FuzzTest(maxDuration = "10m")
    void bibtex(@NotNull String text) {
        assertOnlyReportedProblems(ImportFormat.BIBTEX, "fuzzed.bib", text);
    }

    @FuzzTest(maxDuration = "10m")
    void ris(@NotNull String text) {
        assertOnlyReportedProblems(ImportFormat.RIS, "fuzzed.ris", text);
    }

    @FuzzTest(maxDuration = "10m")
    void medline(@NotNull String text) {
        assertOnlyReportedProblems(ImportFormat.MEDLINE, "fuzzed.nbib", text);
    }

    @FuzzTest(maxDuration = "10m")
    void webOfScience(@NotNull String text) {
        assertOnlyReportedProblems(ImportFormat.WEB_OF_SCIENCE, "fuzzed.txt", text);
    }

    @FuzzTest(maxDuration = "10m")
    void pubmedXml(@NotNull String text) {
        assertOnlyReportedProblems(ImportFormat.PUBMED_XML, "fuzzed.xml", text);
    }

    /** Any bytes through the whole import (decoding, detection, reading, ids, seed files), then a load. */
    @FuzzTest(maxDuration = "10m")
    void importedFile(@NotNull byte[] content) throws IOException {
        Path project = ImportSamples.emptyProject(emptied(dir.resolve("project")));
        Path file = Files.write(dir.resolve("fuzzed-export"), content);
        ImportReport report = ReferenceImporter.importFiles(project, List.of(file));
        List<String> loadErrors = ReviewLoader.load(project).problems().stream()
                .filter(Problem::isError).map(Problem::format).toList();
        assertTrue(loadErrors.isEmpty(), () -> "imported " + report.added() + " but the review no longer loads: "
                + loadErrors);
        ImportReport.FileAccount account = report.files().get(0);
        assertEquals(account.records(), account.added().size() + account.duplicates().size()
                + account.refused().size(), "a record was lost");
        assertEquals(report.refused().isEmpty() && account.refusedWhole() == null, !report.hasErrors(),
                () -> "an error without a refused record, or the reverse: " + report);
    }

    private static Path emptied(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return folder;
    }

    private static void assertOnlyReportedProblems(ImportFormat format, String fileName, String text) {
        Problems problems = new Problems();
        FileRecords records = new FileRecords(Path.of(fileName), problems);
        format.reader().read(text, records);
        for (FileRecords.Found found : records.found()) {
            assertNotNull(found.at(), found::label);
            assertTrue(found.record() != null ^ found.reason() != null, found::label);
        }
        for (Problem problem : problems.sorted()) {
            assertNotNull(problem.location(), problem::message);
            assertFalse(problem.message().isBlank(), "a problem without a message");
        }
    }
}
