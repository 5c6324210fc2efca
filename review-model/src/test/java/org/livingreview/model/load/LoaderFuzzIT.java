package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problem;

/**
 * Fuzzes the YAML loader and validator: any bytes in a paper file or in review.yaml must load or give reported
 * problems, never an exception. {@code mvn verify} replays the inputs under LoaderFuzzTestInputs; fuzz with
 * {@code JAZZER_FUZZ=1} (see README).
 */
class LoaderFuzzIT {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "10m")
    void paperFile(@NotNull byte[] content) {
        new TestProject(dir).bytes("seeds/papers/fuzzed.yaml", content);
        assertOnlyReportedProblems(ReviewLoader.load(dir));
    }

    @FuzzTest(maxDuration = "10m")
    void reviewFile(@NotNull byte[] content) {
        new TestProject(dir).paper("fuzzed", TestProject.validPaper("fuzzed", ""))
                .bytes("seeds/review.yaml", content);
        assertOnlyReportedProblems(ReviewLoader.load(dir));
    }

    private static void assertOnlyReportedProblems(LoadedReview loaded) {
        assertNotNull(loaded);
        for (Problem problem : loaded.problems()) {
            assertNotNull(problem.location(), problem::message);
            assertFalse(problem.message().isBlank(), "a problem without a message");
        }
    }
}
