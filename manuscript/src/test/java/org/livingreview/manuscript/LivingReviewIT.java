package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.versions.Releases;

/** Up-to-date builds, releases with what changed, and the PRISMA flow per version. */
class LivingReviewIT {

    @TempDir
    Path dir;

    private Path project;
    private Path out;

    @BeforeEach
    void copy() throws Exception {
        project = TestReviews.shippedCopy(dir.resolve("review"));
        out = dir.resolve("out");
    }

    private BuildResult build() throws Exception {
        BuildResult result = ReviewBuild.build(BuildRequest.of(project, out));
        assertTrue(result.succeeded(), result.problems().toString());
        return result;
    }

    private void edit(String paper, String from, String to) throws Exception {
        Path file = project.resolve("seeds/papers/" + paper + ".yaml");
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aBuildWithNothingChangedIsUpToDateAndWritesNothing() throws Exception {
        assertFalse(build().upToDate());
        BuildResult again = build();
        assertTrue(again.upToDate());
        assertEquals(List.of(), again.written());
        assertEquals(null, again.loaded(), "nothing was loaded: every input is as the last build recorded it");
        assertFalse(ReviewBuild.build(BuildRequest.of(project, out).forced(true)).upToDate(), "--force rebuilds");
    }

    @Test
    void aTemplateChangeRebuildsTheDraftButNotTheReferenceExports() throws Exception {
        build();
        byte[] references = Files.readAllBytes(out.resolve("references.json"));
        Files.setLastModifiedTime(out.resolve("references.json"), java.nio.file.attribute.FileTime.fromMillis(0));
        Path template = project.resolve("templates/review.md.vm");
        Files.writeString(template, Files.readString(template).replace("$md.h2 Abstract", "$md.h2 Summary"));
        BuildResult result = build();
        assertEquals(List.of("review.md", "CHANGES.md", "prisma.svg", "review.pdf", "review-changes.pdf", "review.html",
                "review-changes.html", "review.docx"),
                result.written());
        assertEquals(0, Files.getLastModifiedTime(out.resolve("references.json")).toMillis(), "not rewritten");
        assertArrayEquals(references, Files.readAllBytes(out.resolve("references.json")));
        assertTrue(Files.readString(out.resolve("review.md")).contains("## Summary"));
    }

    @Test
    void aChangedClaimAppearsInTheDraftsChangesAndInChangesMd() throws Exception {
        assertTrue(Releases.release(project, "First version").recorded().isPresent());
        build();
        String released = Files.readString(out.resolve("review.md"));
        assertTrue(released.contains("*Version: version 1 · "), released);
        assertTrue(released.contains("## Changes since version 1 ("), released);
        assertTrue(released.contains("Nothing has changed."), released);
        assertTrue(Releases.release(project, null).recorded().isEmpty(), "nothing to record twice");

        edit("gullaksen2025", "once TKI treatment is stopped", "after TKI treatment stops");
        build();
        String draft = Files.readString(out.resolve("review.md"));
        String change = "Changed claim *tfr-failure-60-percent* (gullaksen2025) in [Leukemic stem cells and the bone"
                + " marrow niche](#leukemic-stem-cells-and-the-bone-marrow-niche)";
        assertTrue(draft.contains("*Version: draft of version 2 · "), draft);
        assertTrue(draft.contains("- " + change), draft);
        String changes = Files.readString(out.resolve("CHANGES.md"));
        assertTrue(changes.startsWith("# Changes since version 1 ("), changes);
        assertTrue(changes.contains("- " + change.replace("](#", "](review.md#")), changes);
        assertTrue(changes.contains("No paper was added, removed, re-screened or corrected."), changes);
    }

    @Test
    void prismaCountsFollowTheSeedsForEachVersion() throws Exception {
        Releases.release(project, "three included papers");
        TestReviews.write(project, "seeds/papers/doe2024.yaml", """
                id: doe2024
                type: article-journal
                title: An off-topic paper
                screening: {status: excluded, reason: wrong population}
                """);
        TestReviews.write(project, "seeds/papers/roe2025.yaml", """
                id: roe2025
                type: article-journal
                title: A paper not yet screened
                screening: {status: pending}
                """);
        Releases.release(project, "two more records");
        edit("kheyrandish2025", "status: included", "status: excluded\n  reason: abstract only");
        TestReviews.write(project, "seeds/papers/kheyrandish2025.yaml", Files.readString(
                project.resolve("seeds/papers/kheyrandish2025.yaml")).replaceAll("(?s)claims:.*", ""));
        Path paper = project.resolve("seeds/papers/vanoutersterp2024.yaml");
        Files.writeString(paper, Files.readString(paper).replace("    cites: [kheyrandish2025]\n", ""));
        build();

        var svg = Jsoup.parse(Files.readString(out.resolve("prisma.svg")), "", Parser.xmlParser());
        List<String> lines = svg.select("text").eachText();
        int identified = lines.indexOf("Records identified (seeds and imports)");
        assertEquals(List.of("Version 1: 3", "Version 2: 5", "Current draft: 5"),
                lines.subList(identified + 1, identified + 4));
        int excluded = lines.indexOf("Records excluded (with reasons)");
        assertEquals(List.of("Version 1: 0", "Version 2: 1", "wrong population: 1", "Current draft: 2",
                        "abstract only: 1", "wrong population: 1"),
                lines.subList(excluded + 1, excluded + 7).stream().map(String::strip).toList());
        int included = lines.indexOf("Studies included in the review");
        assertEquals(List.of("Version 1: 3", "Version 2: 3", "Current draft: 2"),
                lines.subList(included + 1, included + 4));
        int pending = lines.indexOf("Awaiting screening");
        assertEquals(List.of("Version 1: 0", "Version 2: 1", "Current draft: 1"), lines.subList(pending + 1, pending + 4));
        String draft = Files.readString(out.resolve("review.md"));
        assertTrue(draft.contains("| Studies included | 3 | 3 | 2 |"), draft);
        assertTrue(draft.contains("- Re-screened **kheyrandish2025**: included → excluded: abstract only"), draft);
        assertTrue(draft.contains("![PRISMA 2020 flow diagram: Version 1: 3 records identified,"), draft);
    }

    @Test
    void duplicatesThatImportsRemovedAreCountedInTheFlow() throws Exception {
        Releases.release(project, "three papers");
        Path ris = dir.resolve("new.ris");
        Files.writeString(ris, "TY  - JOUR\nTI  - A fictional new study\nAU  - Doe, Jane\nPY  - 2026\n"
                + "DO  - 10.5555/new.2026.1\nER  - \n");
        org.livingreview.bib.imports.ReferenceImporter.importFiles(project, List.of(ris));
        org.livingreview.bib.imports.ReferenceImporter.importFiles(project, List.of(ris));
        assertTrue(Files.readString(project.resolve("seeds/import-log.yaml")).contains(
                "- {date: '" + org.livingreview.model.SourceDate.today() + "', file: new.ris, records: 1, added: 0,"
                        + " duplicates: 1, refused: 0}\n"));
        build();
        String draft = Files.readString(out.resolve("review.md"));
        assertTrue(draft.contains("| Records identified | 3 | 5 |"), draft);
        assertTrue(draft.contains("| Duplicates removed | 0 | 1 |"), draft);
        assertTrue(draft.contains("| Awaiting screening | 0 | 1 |"), draft);
        assertEquals(1, Releases.release(project, null).recorded().orElseThrow().duplicatesRemoved());
    }
}
