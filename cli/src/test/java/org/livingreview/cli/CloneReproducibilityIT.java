package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clones of one commit, made at different times (their files carry different times), build to the same
 * bytes: without SOURCE_DATE_EPOCH the outputs are dated by the last commit that touched the review's inputs,
 * and with an uncommitted change by the changed file's time.
 */
class CloneReproducibilityIT {

    private static final String COMMIT_DATE = "2025-03-04T05:06:07Z";

    @TempDir
    Path dir;

    private String git(Path in, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "init.defaultBranch=main", "-C", in.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", COMMIT_DATE);
        builder.environment().put("GIT_COMMITTER_DATE", COMMIT_DATE);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "git " + arguments[0] + ": " + output);
        return output;
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void touchAll(Path root, Instant time) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(time));
            }
        }
    }

    private static List<Path> outputs(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("target/review"))) {
            return files.map(f -> f.getFileName()).sorted().toList();
        }
    }

    private static void build(Path project) {
        CommandRunner result = CommandRunner.run("build", "--project", project.toString());
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void twoClonesMadeAtDifferentTimesBuildTheSameBytes() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH is set, which dates every build");
        Path origin = ShippedReview.copyInto(dir.resolve("origin"));
        git(origin, "init", "-q");
        git(origin, "add", "-A");
        git(origin, "commit", "-q", "-m", "The review");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        git(dir, "clone", "-q", origin.toString(), first.toString());
        touchAll(first, Instant.parse("2026-01-01T10:00:00Z"));
        git(dir, "clone", "-q", origin.toString(), second.toString());
        touchAll(second, Instant.parse("2026-06-30T22:30:00Z"));

        build(first);
        build(second);
        List<Path> names = outputs(first);
        assertEquals(names, outputs(second));
        assertTrue(names.containsAll(List.of(Path.of("review.pdf"), Path.of("review.md"), Path.of("references.bib"))));
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(first.resolve("target/review").resolve(name)),
                    Files.readAllBytes(second.resolve("target/review").resolve(name)), name + " differs");
        }
        String draft = Files.readString(first.resolve("target/review/review.md"));
        assertTrue(draft.contains("· 2025-03-04 ·"), "dated by the commit");

        // An uncommitted change dates the draft by the changed file's time, not by the commit.
        Path paper = second.resolve("seeds/papers/gullaksen2025.yaml");
        Files.writeString(paper, Files.readString(paper).replace("of the same age", "of the same age group"));
        Files.setLastModifiedTime(paper, FileTime.from(Instant.parse("2026-07-15T08:00:00Z")));
        build(second);
        String changed = Files.readString(second.resolve("target/review/review.md"));
        assertTrue(changed.contains("· 2026-07-15 ·"), "dated by the uncommitted change");
        assertFalse(changed.contains("· 2025-03-04 ·"));
    }
}
