package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.Problem;
import org.livingreview.model.load.Problems;

/**
 * Fuzzes each importer: any text must give records or reported problems, never an exception. {@code mvn verify}
 * replays the inputs under ImporterFuzzTestInputs; fuzz with {@code JAZZER_FUZZ=1} (see README).
 */
class ImporterFuzzTest {

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

    private static void assertOnlyReportedProblems(ImportFormat format, String fileName, String text) {
        Problems problems = new Problems();
        List<ImportedRecord> records = format.reader().read(Path.of(fileName), text, problems);
        assertNotNull(records);
        for (ImportedRecord record : records) {
            assertNotNull(record.reference(), record::label);
            assertNotNull(record.at(), record::label);
        }
        for (Problem problem : problems.sorted()) {
            assertNotNull(problem.location(), problem::message);
            assertFalse(problem.message().isBlank(), "a problem without a message");
        }
    }
}
