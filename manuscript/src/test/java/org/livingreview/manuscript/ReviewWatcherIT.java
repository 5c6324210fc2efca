package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.build.ReviewWatcher;

/**
 * watch: rebuilds on a saved seed (the draft, then the PDF, which does not hold up the next save's draft),
 * ignores and outlives editors' temporary files, survives failed builds.
 */
class ReviewWatcherIT {

    @TempDir
    Path dir;

    private Path project;
    private Path out;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final AtomicBoolean keepGoing = new AtomicBoolean(true);
    private Thread thread;

    @BeforeEach
    void startWatching() throws Exception {
        project = TestReviews.shippedCopy(dir.resolve("review"));
        out = dir.resolve("out");
        thread = new Thread(() -> {
            try {
                new ReviewWatcher(project, out, null, lines::add).run(keepGoing::get);
                lines.add("stopped");
            } catch (Exception e) {
                lines.add("crashed: " + e);
            }
        });
        thread.start();
        awaitLine(0, "review.pdf");
    }

    @AfterEach
    void stopWatching() throws Exception {
        keepGoing.set(false);
        thread.join(300_000);
        assertEquals("stopped", lines.get(lines.size() - 1), "the watch ended only when told: " + lines);
    }

    private Path paper() {
        return project.resolve("seeds/papers/gullaksen2025.yaml");
    }

    private String replaced(String from, String to) throws Exception {
        String text = Files.readString(paper());
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    @Test
    void rebuildsWhenASeedIsSavedAndKeepsTheLastGoodOutputsOnError() throws Exception {
        int builds = lines.size();
        Files.writeString(paper(), replaced("once TKI treatment is stopped", "after TKI treatment stops"));
        awaitLine(builds, " built ");
        assertTrue(Files.readString(out.resolve("review.md")).contains("after TKI treatment stops"));

        int before = lines.size();
        Files.writeString(paper(), replaced("volume: \"66\"", "volume: [66]"));
        awaitLine(before, "build failed");
        assertTrue(Files.readString(out.resolve("review.md")).contains("after TKI treatment stops"),
                "the last good outputs are kept");
    }

    @Test
    void buildsTheNextDraftWhileThePdfIsTypesetAndEndsWithThePdfOfTheLastSave() throws Exception {
        int builds = lines.size();
        Files.writeString(paper(), replaced("once TKI treatment is stopped", "after TKI treatment stops"));
        awaitLine(builds, "built review.md");
        // At once, while the PDF of that save is being typeset: its draft does not wait for that PDF.
        int second = lines.size();
        Files.writeString(paper(), replaced("after TKI treatment stops", "after stopping treatment"));
        awaitLine(second, "built review.md");
        assertTrue(Files.readString(out.resolve("review.md")).contains("after stopping treatment"));
        int draft = lines.size() - 1;
        while (!lines.get(draft).contains("built review.md")) {
            draft--;
        }
        awaitLine(draft, "built review.pdf");

        // The PDF and every other output are those of the last save: a build now finds nothing to do.
        BuildResult again = ReviewBuild.build(BuildRequest.of(project, out));
        assertTrue(again.succeeded() && again.written().isEmpty(), "up to date: " + again.written() + lines);
        assertFalse(String.join("\n", lines).contains("Exception"), lines.toString());
    }

    @Test
    void seesASectionTextInAFolderCreatedWhileWatching() throws Exception {
        int builds = lines.size();
        Path text = project.resolve("seeds/sections/background.md");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "A new text citing @gullaksen2025.\n");
        awaitLine(builds, " built ");
        assertTrue(Files.readString(out.resolve("review.md")).contains("A new text citing Gullaksen et al. ("));
    }

    @Test
    void outlivesEditorsTemporaryFilesAndBuildsOnlyForTheSeedFile() throws Exception {
        Path papers = paper().getParent();
        int builds = lines.size();
        // sed -i: a temporary file beside the seed, renamed over it.
        Path sedTemp = papers.resolve("sedTSgzLp");
        Files.writeString(sedTemp, replaced("once TKI treatment is stopped", "after stopping TKIs"));
        Files.move(sedTemp, paper(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // vim: a probe file 4913 made and removed, a swap file, and a backup file~.
        Files.writeString(papers.resolve("4913"), "");
        Files.delete(papers.resolve("4913"));
        Files.writeString(papers.resolve(".gullaksen2025.yaml.swp"), "swap");
        Files.copy(paper(), papers.resolve("gullaksen2025.yaml~"));
        // A folder that appears and vanishes at once.
        Files.createDirectory(papers.resolve("tmpdir"));
        Files.delete(papers.resolve("tmpdir"));
        awaitLine(builds, "review.pdf");
        assertTrue(Files.readString(out.resolve("review.md")).contains("after stopping TKIs"));
        assertFalse(String.join("\n", lines).contains("Exception"), lines.toString());

        // Temporary files alone start no build, and the backup is not taken for a paper.
        int after = lines.size();
        Files.writeString(papers.resolve("4913"), "");
        Files.delete(papers.resolve("4913"));
        Files.writeString(papers.resolve(".gullaksen2025.yaml.swp"), "changed swap");
        Thread.sleep(3 * ReviewWatcher.QUIET_MILLIS + 500);
        assertEquals(after, lines.size(), "no build for temporary files: " + lines);
    }

    @Test
    void keepsWatchingAfterABuildThatCouldNotWrite() throws Exception {
        deleteTree(out);
        Files.writeString(out, "a file where the output folder should be");
        int builds = lines.size();
        Files.writeString(paper(), replaced("once TKI treatment is stopped", "after TKI treatment stops"));
        awaitLine(builds, "build failed");

        Files.delete(out);
        int failed = lines.size();
        Files.writeString(paper(), replaced("after TKI treatment stops", "after stopping treatment"));
        awaitLine(failed, " built ");
        assertTrue(Files.readString(out.resolve("review.md")).contains("after stopping treatment"));
    }

    private static void deleteTree(Path root) throws Exception {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Waits until a line after the first {@code after} lines contains {@code text}. */
    private void awaitLine(int after, String text) throws Exception {
        await(() -> lines.subList(Math.min(after, lines.size()), lines.size()).stream().anyMatch(l -> l.contains(text)));
    }

    private void await(BooleanSupplier condition) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out; the watcher said: " + lines);
            }
            Thread.sleep(50);
        }
    }
}
