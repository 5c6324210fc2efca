package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.pdf.PdfOutput;
import org.livingreview.manuscript.versions.Releases;

/**
 * A release of the versions fixture, then a reworded claim, a withdrawn one, an added one, a re-screened
 * paper and a corrected volume: the draft's changes and CHANGES.md show exactly those, with their text.
 */
class VersionChangesIT {

    @TempDir
    Path dir;

    private Path project;
    private Path out;

    @BeforeEach
    void releaseThenEdit() throws Exception {
        project = TestReviews.fixtureCopy("versions", dir.resolve("review"));
        out = dir.resolve("out");
        assertTrue(Releases.release(project, "First version").recorded().isPresent());
        TestReviews.editVersionsFixture(project);
    }

    @Test
    void changesMdShowsEachChangeWithItsText() throws Exception {
        BuildResult result = ReviewBuild.build(BuildRequest.of(project, out).forced(true).skipping(Set.of(PdfOutput.NAME)));
        assertTrue(result.succeeded(), result.problems().toString());
        String changes = Files.readString(out.resolve("CHANGES.md"));
        assertEquals(TestReviews.expectedVersionsChanges(), changes.replaceAll("\\(\\d{4}-\\d{2}-\\d{2}\\)", "(DATE)"));
    }

    @Test
    void theDraftsChangesSectionShowsTheSameLines() throws Exception {
        assertTrue(ReviewBuild.build(BuildRequest.of(project, out).forced(true).skipping(Set.of(PdfOutput.NAME))).succeeded());
        String draft = Files.readString(out.resolve("review.md"));
        assertTrue(draft.contains("*Version: draft of version 2 · "), draft);
        for (String line : TestReviews.expectedVersionsChanges().split("\n")) {
            if (line.startsWith("- ")) {
                assertTrue(draft.contains(line.replace("](review.md#", "](#")), line + "\n---\n" + draft);
            }
        }
        assertFalse(draft.contains("<del>"), "review.md marks changes in plain Markdown");
    }

    @Test
    void theMarkedUpPageIsValidHtml5() throws Exception {
        assertTrue(ReviewBuild.build(BuildRequest.of(project, out).forced(true).skipping(Set.of(PdfOutput.NAME)))
                .succeeded());
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        assertEquals("", validator.validate(out.resolve("review-changes.html")).strip());
    }

    @Test
    void releasingAgainKeepsUnchangedPapersOnce() throws Exception {
        assertTrue(Releases.release(project, "Second").recorded().isPresent());
        String second = Files.readString(project.resolve("seeds/versions/2.yaml"));
        assertTrue(second.contains("epsilon2019:\n    as-in: 1"), second);
        assertFalse(second.contains("how the invented rate is measured"), "the unchanged claim is stored in 1.yaml only");
        assertTrue(second.contains("halved the invented rate"), second);
    }
}
