package org.livingreview.model.versions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;

/**
 * Fuzzes the readers of seeds/versions.yaml and seeds/import-log.yaml: any bytes must read or give located
 * problems, never an exception. {@code mvn verify} replays the inputs under VersionsFuzzITInputs.
 */
class VersionsFuzzIT {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "10m")
    void versionFile(@NotNull byte[] content) throws IOException {
        write(VersionFile.PATH, content);
        Problems problems = new Problems();
        assertNotNull(VersionFile.load(dir, problems));
        assertOnlyLocatedProblems(problems);
    }

    @FuzzTest(maxDuration = "10m")
    void importLog(@NotNull byte[] content) throws IOException {
        write(ImportLog.PATH, content);
        Problems problems = new Problems();
        assertTrue(ImportLog.duplicatesRemoved(dir, problems) >= 0, "a count is never negative");
        assertOnlyLocatedProblems(problems);
    }

    private static void write(Path relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static void assertOnlyLocatedProblems(Problems problems) {
        for (Problem problem : problems.sorted()) {
            assertNotNull(problem.location(), problem::message);
            assertTrue(problem.location().line() >= 1, problem::format);
            assertFalse(problem.message().isBlank(), "a problem without a message");
        }
    }
}
