package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.versions.VersionFile;
import org.livingreview.model.versions.VersionSnapshots;
import org.livingreview.model.ProjectLayout;

/**
 * Fuzzes the files the commands write and people may still edit: any bytes as seeds/versions.yaml,
 * seeds/import-log.yaml or a version snapshot must read back or give located problems, never an exception.
 * {@code mvn verify} replays the inputs under VersionFilesFuzzITInputs; fuzz with {@code JAZZER_FUZZ=1}.
 */
class VersionFilesFuzzIT {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "10m")
    void versionFile(@NotNull byte[] content) {
        new TestProject(dir).bytes(ProjectLayout.VERSIONS_FILE.toString(), content);
        Problems problems = new Problems();
        assertNotNull(VersionFile.load(dir, problems));
        assertLocated(problems);
    }

    @FuzzTest(maxDuration = "10m")
    void importLog(@NotNull byte[] content) {
        new TestProject(dir).bytes(ProjectLayout.IMPORT_LOG.toString(), content);
        Problems problems = new Problems();
        ImportLog.duplicatesRemoved(dir, problems);
        assertLocated(problems);
    }

    @FuzzTest(maxDuration = "10m")
    void snapshotFile(@NotNull byte[] content) {
        new TestProject(dir).bytes("seeds/versions/2.yaml", content);
        Problems problems = new Problems();
        VersionSnapshots.read(dir, 2, problems)
                .ifPresent(resolved -> VersionSnapshots.review(dir, resolved.snapshot(), problems));
        assertLocated(problems);
    }

    private static void assertLocated(Problems problems) {
        for (Problem problem : problems.sorted()) {
            assertNotNull(problem.location(), problem::message);
            assertFalse(problem.message().isBlank(), "a problem without a message");
        }
    }
}
