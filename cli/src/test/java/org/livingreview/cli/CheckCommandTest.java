package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.load.Folders;

/** The check command on the shipped review and on broken ones, as a user runs it. */
class CheckCommandTest {

    /** The repository root (tests run in the cli module's folder). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A frozen copy of the shipped review: tests never read the repository's own seeds/, which authors edit. */
    static final Path SHIPPED = ROOT.resolve("fixtures/tki-review");

    @Test
    void shippedReviewPassesWithoutAnyProblem() {
        CommandRunner result = CommandRunner.run("check", "--project", SHIPPED.toString());
        assertEquals("", result.err());
        assertEquals("check passed: 3 papers (3 included, 0 excluded, 0 pending), 17 claims, 6 sections;"
                + " 0 errors, 0 warnings\n", result.out());
        assertEquals(0, result.exitCode());
    }

    @Test
    void brokenReviewPrintsEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds/papers"));
        Files.writeString(dir.resolve("seeds/review.yaml"), "title: T\nsections:\n  - {id: intro, title: Intro}\n");
        Files.writeString(dir.resolve("seeds/papers/doe2024.yaml"), """
                id: doe2024
                type: article-journal
                titel: A paper
                screening: {status: included}
                claims:
                  - {id: c1, section: intro, text: It finds., cites: [nobody]}
                """);
        CommandRunner result = CommandRunner.run("check", "--project", dir.toString());
        String file = dir.resolve("seeds/papers/doe2024.yaml").toString();
        assertEquals(file + ":1:1: error: missing required field 'title' in the paper — add 'title: ...'\n"
                + file + ":3:1: error: unknown key 'titel' in the paper — did you mean 'title'?\n"
                + file + ":6:55: error: the claim cites 'nobody', which is no paper of the review — add"
                + " seeds/papers/nobody.yaml or correct the id\n", result.err());
        assertEquals("check failed: 1 papers (1 included, 0 excluded, 0 pending), 1 claims, 1 sections;"
                + " 3 errors, 0 warnings\n", result.out());
        assertEquals(1, result.exitCode());
    }

    @Test
    void sectionTextProblemsArePrintedWhereTheyStand(@TempDir Path dir) throws IOException {
        copy(SHIPPED.resolve("seeds"), dir.resolve("seeds"));
        Path text = dir.resolve("seeds/sections/stem-cells-niche.md");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "As @gullaksen2052 argues, see `@code` and lab@example.org.\n\n"
                + "{{claim:tfr-failure-60-percent}} {{claim:tfr-failure-60-percent}}\n");
        CommandRunner result = CommandRunner.run("check", "--project", dir.toString());
        assertEquals(text + ":1:4: error: '@gullaksen2052' is no paper of the review — did you mean"
                + " 'gullaksen2025'?\n"
                + text + ":3:34: error: the claim 'tfr-failure-60-percent' is placed twice (also at " + text
                + ":3:1) — place it once\n", result.err());
        assertEquals(1, result.exitCode());
    }

    private static void copy(Path from, Path to) throws IOException {
        Folders.copy(from, to);
    }

    @Test
    void relativeProjectPathsPrintShortFileNames(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/review.yaml"), "title: T\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir);
        CommandRunner result = CommandRunner.run("check", "--project", relative + "/./");
        assertTrue(result.err().startsWith(relative.resolve("seeds/papers") + ":1:1: warning: "), result.err());
        assertTrue(result.err().contains(relative.resolve("seeds/review.yaml") + ":1:1: error: missing required"
                + " field 'sections'"), result.err());
    }

    @Test
    void usageErrorsExitTwo() {
        CommandRunner result = CommandRunner.run("check", "--projekt", ".");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("Unknown options: '--projekt'"), result.err());
        assertEquals(2, CommandRunner.run("chekc").exitCode());
    }

    @Test
    void versionAndHelp() {
        assertEquals("living-review 0.1.0\n", CommandRunner.run("--version").out());
        CommandRunner help = CommandRunner.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().matches("(?s).*\\n  check +Checks the review's seeds.*"), help.out());
        assertTrue(help.out().matches("(?s).*\\n  release +Records a new version.*"), help.out());
        assertTrue(help.out().matches("(?s).*\\n  watch +Builds, then rebuilds.*"), help.out());
        assertTrue(help.out().contains("1   the review's data, style or template has errors"), help.out());
    }
}
