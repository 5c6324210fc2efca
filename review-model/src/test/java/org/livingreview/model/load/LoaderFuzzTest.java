package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problem;

/**
 * Fuzzes the YAML loader and validator: any bytes in a paper file or in review.yaml must load or give reported
 * problems, never an exception. {@code mvn verify} replays the inputs under LoaderFuzzTestInputs; fuzz with
 * {@code JAZZER_FUZZ=1} (see README).
 */
class LoaderFuzzTest {

    private static final Path PROJECT = temporaryProject();

    @FuzzTest(maxDuration = "10m")
    void paperFile(@NotNull byte[] content) {
        new TestProject(PROJECT).bytes("seeds/papers/fuzzed.yaml", content);
        assertOnlyReportedProblems(ReviewLoader.load(PROJECT));
    }

    @FuzzTest(maxDuration = "10m")
    void reviewFile(@NotNull byte[] content) {
        TestProject project = new TestProject(PROJECT).paper("fuzzed", TestProject.validPaper("fuzzed", ""));
        project.bytes("seeds/review.yaml", content);
        assertOnlyReportedProblems(ReviewLoader.load(PROJECT));
    }

    private static void assertOnlyReportedProblems(LoadedReview loaded) {
        assertNotNull(loaded);
        for (Problem problem : loaded.problems()) {
            assertNotNull(problem.location(), problem::message);
            assertFalse(problem.message().isBlank(), "a problem without a message");
        }
    }

    private static Path temporaryProject() {
        try {
            Path dir = Files.createTempDirectory("loader-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
