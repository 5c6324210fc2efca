package org.livingreview.manuscript.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.docx.DocxOutput;
import org.livingreview.manuscript.html.HtmlPage;
import org.livingreview.manuscript.output.ReferenceFiles;
import org.livingreview.manuscript.pdf.PdfOutput;

/**
 * What watch keeps between builds ({@link BuildMemory}) gives the same review.md as a build from nothing: an
 * edit of a claim reuses the formatted citations, an edit of a paper's authors formats them again and changes
 * the citation. In apa, whose citations name the authors.
 */
class BuildMemoryIT {

    /** review.md only: the draft is what the memory serves. */
    private static final Set<String> ALL_BUT_THE_DRAFT = Set.of(PdfOutput.NAME, HtmlPage.NAME, "html-changes",
            DocxOutput.NAME, ReferenceFiles.NAME);

    @TempDir
    Path dir;

    private Path project;
    private Path paper;
    private final BuildMemory memory = BuildMemory.empty();

    @BeforeEach
    void buildOnce() throws IOException {
        project = dir.resolve("review");
        copy(Path.of("..").toAbsolutePath().normalize().resolve("fixtures/tki-review"), project);
        paper = project.resolve("seeds/papers/gullaksen2025.yaml");
        assertTrue(build(memory, dir.resolve("watch")).succeeded());
        assertTrue(Files.readString(dir.resolve("watch/review.md")).contains("(Gullaksen et al., 2025)"));
    }

    @Test
    void anEditedClaimReusesTheFormattedCitations() throws IOException {
        long parsed = memory.papers().parsed();
        long formatted = memory.citations().made();
        edit("once TKI treatment is stopped", "after TKI treatment stops");

        assertTrue(build(memory, dir.resolve("watch")).succeeded());
        String draft = Files.readString(dir.resolve("watch/review.md"));
        assertTrue(draft.contains("after TKI treatment stops"), "the edited claim is in the draft");
        assertEquals(formatted, memory.citations().made(), "no citation was formatted again");
        assertEquals(parsed + 1, memory.papers().parsed(), "only the saved paper file was parsed again");
        assertEquals(fromNothing(), draft, "the same draft as a build that kept nothing");
    }

    @Test
    void anEditedPaperChangesItsCitation() throws IOException {
        long formatted = memory.citations().made();
        edit("family: Gullaksen", "family: Gullaxen");

        assertTrue(build(memory, dir.resolve("watch")).succeeded());
        String draft = Files.readString(dir.resolve("watch/review.md"));
        assertTrue(draft.contains("(Gullaxen et al., 2025)"), "the citation names the edited author");
        assertFalse(draft.contains("Gullaksen et al."), "no citation keeps the old name");
        assertEquals(formatted + 1, memory.citations().made(), "the citations were formatted again");
        assertEquals(fromNothing(), draft, "the same draft as a build that kept nothing");
    }

    @Test
    void anotherStyleFormatsTheCitationsAgain() throws IOException {
        long formatted = memory.citations().made();
        Path review = project.resolve("seeds/review.yaml");
        Files.writeString(review, Files.readString(review).replace("style: apa", "style: vancouver"));

        assertTrue(build(memory, dir.resolve("watch")).succeeded());
        String draft = Files.readString(dir.resolve("watch/review.md"));
        assertFalse(draft.contains("(Gullaksen et al., 2025)"), "the apa citations are gone");
        assertEquals(formatted + 1, memory.citations().made());
        assertEquals(fromNothing(), draft);
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(paper);
        assertTrue(text.contains(from), from);
        Files.writeString(paper, text.replace(from, to));
    }

    private BuildResult build(BuildMemory kept, Path out) throws IOException {
        return ReviewBuild.build(BuildRequest.of(project, out).skipping(ALL_BUT_THE_DRAFT).reusing(kept));
    }

    /** review.md built now by a process that kept nothing. */
    private String fromNothing() throws IOException {
        Path out = dir.resolve("fresh");
        assertTrue(build(BuildMemory.empty(), out).succeeded());
        return Files.readString(out.resolve("review.md"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path review = to.resolve("seeds/review.yaml");
        Files.writeString(review, Files.readString(review).replace("style: vancouver", "style: apa"));
    }
}
