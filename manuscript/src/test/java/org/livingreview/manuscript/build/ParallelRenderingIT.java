package org.livingreview.manuscript.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.versions.Releases;
import org.livingreview.model.Problem;
import org.livingreview.model.load.Folders;

/**
 * Outputs rendered on two threads are the same bytes as on one, and a build that fails reports the same
 * problems, each once, on either.
 */
class ParallelRenderingIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The versions fixture released and edited (fixtures/versions/README.md): both PDFs and both web pages differ. */
    private Path editedVersionsFixture() throws Exception {
        Path project = dir.resolve("review");
        Folders.copy(ROOT.resolve("fixtures/versions/seeds"), project.resolve("seeds"));
        Folders.copy(ROOT.resolve("templates"), project.resolve("templates"));
        assertTrue(Releases.release(project, "First version").recorded().isPresent());
        Folders.copy(ROOT.resolve("fixtures/versions/edits"), project.resolve("seeds"));
        return project;
    }

    private static BuildResult build(Path project, Path out, int threads) throws Exception {
        return ReviewBuild.build(BuildRequest.of(project, out).forced(true), threads);
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void twoThreadsWriteTheBytesOfOne() throws Exception {
        Path project = editedVersionsFixture();
        BuildResult one = build(project, dir.resolve("one"), 1);
        BuildResult two = build(project, dir.resolve("two"), 2);

        assertEquals(one.problems(), two.problems());
        assertEquals(one.written(), two.written(), "the same files, named in the same order");
        assertTrue(one.written().containsAll(List.of("review.md", "review.pdf", "review-changes.pdf", "review.html",
                "review-changes.html", "review.docx")), one.written().toString());
        assertEquals(files(dir.resolve("one")), files(dir.resolve("two")));
        for (String name : files(dir.resolve("one"))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)),
                    Files.readAllBytes(dir.resolve("two").resolve(name)), name);
        }
        assertFalse(Files.readString(dir.resolve("two/review.md")).isBlank());
    }

    @Test
    void aFailedStepIsReportedOnceOnEitherCount() throws Exception {
        Path project = editedVersionsFixture();
        Files.writeString(project.resolve("templates/review.md.vm"), "# $review.title\n\n#if($review.title\n");
        BuildResult one = build(project, dir.resolve("one"), 1);
        BuildResult two = build(project, dir.resolve("two"), 2);

        List<Problem> errors = two.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), two.problems().toString());
        assertTrue(errors.get(0).message().contains("template"), errors.get(0).message());
        assertEquals(one.problems(), two.problems());
        assertFalse(Files.exists(dir.resolve("two/review.md")), "a failed build writes nothing");
    }
}
