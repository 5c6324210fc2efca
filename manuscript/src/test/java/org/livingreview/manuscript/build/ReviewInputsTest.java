package org.livingreview.manuscript.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.output.Project;
import org.livingreview.model.Digests;
import org.livingreview.model.ProjectLayout;

/** One reading of a project: its input files with their digests, and the date taken from them. */
class ReviewInputsTest {

    @TempDir
    Path dir;

    private void write(String name, String content, long epochSecond) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(epochSecond)));
    }

    @Test
    void readsEveryInputOnceAndLeavesOutEditorsFilesAndOtherFolders() throws Exception {
        write("seeds/review.yaml", "title: T\n", 1_000);
        write("seeds/papers/a.yaml", "id: a\n", 2_000);
        write("seeds/papers/.a.yaml.swp", "x", 9_000);
        write("seeds/papers/a.yaml~", "x", 9_000);
        write("seeds/sections/intro.md", "Text.\n", 1_500);
        write("seeds/notes.txt", "not an input", 9_000);
        write("templates/pdf.css", "body {}", 1_200);
        write("target/review/review.md", "output", 9_000);

        Project project = ReviewInputs.read(dir);

        assertEquals(List.of(Path.of("seeds/papers/a.yaml"), Path.of("seeds/review.yaml"),
                Path.of("seeds/sections/intro.md"), Path.of("templates/pdf.css")), List.copyOf(project.inputs().keySet()));
        assertEquals(Digests.sha256("id: a\n"), project.inputs().get(Path.of("seeds/papers/a.yaml")));
        assertEquals(List.of(dir.resolve("seeds/papers/a.yaml")), project.files(ProjectLayout.PAPERS));
        Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH sets the date");
        assertEquals(Instant.ofEpochSecond(2_000), project.date(), "outside git: the newest input's time");
        assertEquals("1970-01-01", project.isoDate());
    }

    @Test
    void aGroupDigestChangesWithItsOwnFilesOnly() throws Exception {
        write("seeds/review.yaml", "title: T\n", 1_000);
        write("seeds/papers/a.yaml", "id: a\n", 2_000);
        Project before = ReviewInputs.read(dir);
        write("seeds/papers/a.yaml", "id: a\nyear: 2020\n", 3_000);
        Project after = ReviewInputs.read(dir);

        assertNotEquals(before.digest(ProjectLayout.PAPERS, f -> true), after.digest(ProjectLayout.PAPERS, f -> true));
        assertEquals(before.digest(ProjectLayout.SEEDS, f -> !f.startsWith(ProjectLayout.PAPERS)),
                after.digest(ProjectLayout.SEEDS, f -> !f.startsWith(ProjectLayout.PAPERS)));
    }

    @Test
    void aRenamedFileChangesTheDigestThoughTheContentIsTheSame() throws Exception {
        write("seeds/papers/a.yaml", "id: a\n", 2_000);
        String before = ReviewInputs.read(dir).digest(ProjectLayout.PAPERS, f -> true);
        Files.move(dir.resolve("seeds/papers/a.yaml"), dir.resolve("seeds/papers/b.yaml"));
        assertNotEquals(before, ReviewInputs.read(dir).digest(ProjectLayout.PAPERS, f -> true));
    }
}
