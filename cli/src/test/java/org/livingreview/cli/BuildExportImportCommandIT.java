package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build, export and import as a user runs them, on a copy of the shipped review. */
class BuildExportImportCommandIT {

    @TempDir
    Path dir;

    /** A copy of the shipped review's seeds, so tests can break it. */
    private Path shippedCopy() throws IOException {
        return ShippedReview.copyInto(dir.resolve("review"));
    }

    @Test
    void buildWritesTheReferenceExportsAndIsReproducible() throws Exception {
        Path project = shippedCopy();
        CommandRunner first = CommandRunner.run("build", "--project", project.toString());
        Path out = project.resolve("target/review");
        assertEquals("built " + out + ": review.md, CHANGES.md, prisma.svg, review.pdf, review-changes.pdf,"
                + " review.html, review-changes.html, review.docx, references.json, references.bib, references.ris (3 papers)\n",
                first.out());
        assertEquals(0, first.exitCode());
        byte[] json = Files.readAllBytes(out.resolve("references.json"));
        byte[] bib = Files.readAllBytes(out.resolve("references.bib"));
        byte[] pdf = Files.readAllBytes(out.resolve("review.pdf"));
        byte[] html = Files.readAllBytes(out.resolve("review.html"));
        byte[] docx = Files.readAllBytes(out.resolve("review.docx"));
        CommandRunner upToDate = CommandRunner.run("build", "--project", project.toString());
        assertEquals("the review is up to date in " + out + " (nothing changed since the last build; --force"
                + " rebuilds)\n", upToDate.out());
        CommandRunner.run("build", "--project", project.toString(), "--force");
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve("review.pdf")));
        assertArrayEquals(docx, Files.readAllBytes(out.resolve("review.docx")));
        assertArrayEquals(json, Files.readAllBytes(out.resolve("references.json")));
        assertArrayEquals(bib, Files.readAllBytes(out.resolve("references.bib")));
        assertArrayEquals(html, Files.readAllBytes(out.resolve("review.html")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".living-review-build", "CHANGES.md", "prisma.svg", "references.bib",
                            "references.json", "references.ris", "review-changes.html", "review-changes.pdf", "review.docx", "review.html",
                            "review.md",
                            "review.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary files are left");
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputsUntouched() throws Exception {
        Path project = shippedCopy();
        Path custom = dir.resolve("out");
        assertEquals(0, CommandRunner.run("build", "--project", project.toString(), "--out", custom.toString())
                .exitCode());
        byte[] before = Files.readAllBytes(custom.resolve("references.ris"));
        Path paper = project.resolve("seeds/papers/gullaksen2025.yaml");
        Files.writeString(paper, Files.readString(paper).replace("volume: \"66\"",
                "volume: \"66\"\nvolumen: 1"));
        CommandRunner failed = CommandRunner.run("build", "--project", project.toString(), "--out", custom.toString());
        assertEquals(1, failed.exitCode());
        assertEquals(paper + ":12:1: error: unknown key 'volumen' in the paper — did you mean 'volume'?\n",
                failed.err());
        assertTrue(failed.out().startsWith("build failed: 3 papers"), failed.out());
        assertTrue(failed.out().endsWith("; nothing was written\n"), failed.out());
        assertArrayEquals(before, Files.readAllBytes(custom.resolve("references.ris")));
    }

    @Test
    void buildWithAnotherStyleForOneBuild() throws Exception {
        Path project = shippedCopy();
        assertEquals(0, CommandRunner.run("build", "--project", project.toString(), "--style", "apa").exitCode());
        String markdown = Files.readString(project.resolve("target/review/review.md"));
        assertTrue(markdown.contains("(Gullaksen et al., 2025)"), markdown);
        assertTrue(markdown.contains("Citation style: apa"), markdown);
    }

    @Test
    void stylesListsIdsMatchingAFilter() {
        CommandRunner result = CommandRunner.run("styles", "vancouver");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().lines().anyMatch("vancouver"::equals), result.out());
        assertTrue(result.out().lines().allMatch(l -> l.contains("vancouver")), result.out());
        assertEquals(1, CommandRunner.run("styles", "no-such-style-anywhere").exitCode());
    }

    @Test
    void exportToStandardOutputAndToAFile() throws Exception {
        Path project = shippedCopy();
        CommandRunner bibtex = CommandRunner.run("export", "--format", "bibtex", "--project", project.toString());
        assertEquals(0, bibtex.exitCode());
        assertTrue(bibtex.out().startsWith("@article{gullaksen2025,\n  author = {Gullaksen, Stein-Erik and others},"),
                bibtex.out());
        Path file = dir.resolve("refs.ris");
        CommandRunner ris = CommandRunner.run("export", "--format", "ris", "--out", file.toString(),
                "--project", project.toString());
        assertEquals("exported 3 papers as ris to " + file + "\n", ris.err());
        assertTrue(Files.readString(file).startsWith("TY  - JOUR\r\nAU  - Gullaksen, Stein-Erik\r\nTI  - "));
    }

    @Test
    void unknownExportFormatIsAUsageError() {
        CommandRunner result = CommandRunner.run("export", "--format", "endnote");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("unknown format 'endnote' — use one of [csl-json, bibtex, ris]"), result.err());
    }

    @Test
    void importingTheReviewsOwnExportAddsNothing() throws Exception {
        Path project = shippedCopy();
        Path file = dir.resolve("refs.json");
        CommandRunner.run("export", "--format", "csl-json", "--out", file.toString(), "--project", project.toString());
        CommandRunner result = CommandRunner.run("import", file.toString(), "--project", project.toString());
        assertEquals(0, result.exitCode());
        assertTrue(result.out().endsWith(file + " (CSL-JSON): 3 records = 0 added + 3 duplicates + 0 refused\n"
                + "import done: 0 added, 3 duplicates, 0 refused\n"), result.out());
        assertTrue(result.out().contains("duplicate " + file + ":30 record kheyrandish2025 of "
                + project.resolve("seeds/papers/kheyrandish2025.yaml") + ": the same DOI (10.1007/s11033-025-11244-1)"),
                result.out());
    }

    @Test
    void importOfABrokenFileExitsOneAndWritesNothing() throws Exception {
        Path project = shippedCopy();
        Path file = dir.resolve("refs.ris");
        Files.writeString(file, "TY  - JOUR\nTI  - A new paper\n");
        CommandRunner result = CommandRunner.run("import", file.toString(), "--project", project.toString());
        assertEquals(1, result.exitCode());
        assertEquals(file + ":1:1: error: record #1: the file ends before this record's 'ER' line, so it is probably"
                + " truncated; the record was not imported — export the file again\n", result.err());
        assertEquals("refused   " + file + ":1 record #1: the file ends before this record's 'ER' line, so it is"
                + " probably truncated; the record was not imported — export the file again\n"
                + file + " (RIS): 1 record = 0 added + 0 duplicates + 1 refused\n"
                + "import finished with errors: 0 added, 0 duplicates, 1 refused\n", result.out());
        try (Stream<Path> files = Files.list(project.resolve("seeds/papers"))) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void importIntoAProjectFolderThatDoesNotExistIsAnError() throws Exception {
        Path file = dir.resolve("refs.ris");
        Files.writeString(file, "TY  - JOUR\nTI  - A new paper\nER  - \n");
        Path missing = dir.resolve("no-such-review");
        CommandRunner result = CommandRunner.run("import", file.toString(), "--project", missing.toString());
        assertEquals(1, result.exitCode());
        assertEquals("living-review: error: the project folder " + missing + " does not exist — give the review's"
                + " folder with --project, or run the command inside it\n", result.err());
        assertTrue(Files.notExists(missing), "nothing is created");
    }
}
