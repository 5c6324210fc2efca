package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.load.Folders;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.pdf.PdfOutput;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.cite.CitationStyle;
import org.livingreview.manuscript.cite.CitationStyles;
import org.livingreview.model.Problems;
import org.livingreview.manuscript.draft.DraftAssembler;
import org.livingreview.manuscript.versions.DraftEdition;
import org.livingreview.manuscript.versions.Releases;
import org.livingreview.model.Review;
import org.livingreview.model.load.ReviewLoader;

/** Section texts with pandoc citations in the draft: every form, numbering across prose and claims. */
class ProseCitationsTest {

    /** The fictional review of src/test/resources/prose-review (not the shipped seeds). */
    static Path fixture(Path dir) throws IOException {
        Folders.copy(Path.of("src/test/resources/prose-review"), dir);
        return dir;
    }

    static String draft(Path dir, String style) throws IOException {
        Path project = fixture(dir.resolve("project"));
        BuildResult result = ReviewBuild.build(noPdf(project, dir.resolve("out")).withStyle(style).forced(true));
        assertTrue(result.succeeded(), result.problems().toString());
        return Files.readString(dir.resolve("out/review.md"));
    }

    /** A build of the draft and the exports, without the PDF (slow, and tested elsewhere). */
    static BuildRequest noPdf(Path project, Path out) {
        return BuildRequest.of(project, out).skipping(java.util.Set.of(PdfOutput.NAME));
    }

    @TempDir
    Path dir;

    @Test
    void everyFormInANumericStyle() throws IOException {
        String draft = draft(dir, "vancouver");
        assertTrue(draft.contains("## Findings\n\nResistance has more than one cause (1,2). Alvarez et al. (2) describe\n"
                + "a shelter in the marrow (see 2), and the effect was seen in\n"
                + "figures (1, for the sequencing,2).\n\n"
                + "New clones appeared under second-line treatment (1).\n\n"
                + "| Study | What it shows |\n| --- | --- |\n| Alvarez (2) | stroma |\n\n"
                + "Mail `@baker2021` or write to lab@example.org; none of these is a citation.\n\n"
                + "Marrow stroma shelters leukemic cells from kinase inhibitors in culture (2).\n\n## Outlook\n\n"
                + "Stopping treatment is possible for some (3).\n\n"), draft);
        assertEquals(1, count(draft.substring(0, draft.indexOf("## Evidence table")), "New clones appeared"), "a placed claim is not repeated after the text");
        assertTrue(draft.contains("1. Baker R. Clonal evolution"), draft);
        assertTrue(draft.contains("3. Costa A, Dietrich P."), draft);

        var page = org.jsoup.Jsoup.parse(Files.readString(dir.resolve("out/review.html")));
        assertEquals(List.of("(1,2)", "Alvarez et al. (2)", "(see 2)", "(1, for the sequencing,2)", "(1)", "(2)"),
                page.select("#findings ~ p a[href^=#ref-], #findings ~ * td a[href^=#ref-]").stream()
                        .map(a -> a.text()).limit(6).toList(), "the web page links the text's citations");
    }

    @Test
    void everyFormInAnAuthorDateStyle() throws IOException {
        String draft = draft(dir, "apa");
        assertTrue(draft.contains("Resistance has more than one cause (Alvarez et al., 2020; Baker, 2021)."
                + " Alvarez et al. (2020) describe\n"), draft);
        assertTrue(draft.contains("figures (Alvarez et al., 2020, Figure 2; Baker, 2021, Chapter 3, for the sequencing)."),
                draft);
        assertTrue(draft.contains("| Alvarez (2020) | stroma |"), "author suppressed: " + draft);
        assertTrue(draft.contains("(see Alvarez et al., 2020, p. 104)"), "prefix and page locator: " + draft);
    }

    @Test
    void numberingFollowsFirstCitationAcrossIntroductionProseAndClaims() throws IOException {
        Path project = fixture(dir.resolve("project"));
        Files.writeString(project.resolve("seeds/sections/introduction.md"), "Stopping is the goal [@costa2019].\n");
        Files.delete(project.resolve("seeds/sections/findings.md"));
        assertTrue(ReviewBuild.build(noPdf(project, dir.resolve("out")).forced(true)).succeeded());
        String draft = Files.readString(dir.resolve("out/review.md"));
        assertTrue(draft.contains("*\n\nStopping is the goal (1).\n\n## Findings\n\n"
                + "Marrow stroma shelters leukemic cells from kinase inhibitors in culture (2).\n\n"
                + "New clones appeared under second-line treatment (3).\n\n"), draft);
        assertTrue(draft.contains("1. Costa A, Dietrich P."), draft);
    }

    @Test
    void theLinkedDraftLinksProseCitationsToTheirEntries() throws IOException {
        Path project = fixture(dir.resolve("project"));
        Review review = ReviewLoader.load(project).review();
        CitationStyle style = CitationStyles.resolve("vancouver", project, null, new Problems()).orElseThrow();
        DraftAssembler.Drafts drafts = DraftAssembler.assemble(review, style,
                DraftEdition.of(review, java.util.Map.of(), List.of(), java.util.Optional.empty(), 0, "2026-01-01"),
                new org.livingreview.manuscript.cite.RenderedCitations());
        String findings = drafts.linked().sections().get(0).prose().text();
        assertTrue(findings.startsWith("Resistance has more than one cause [(1,2)](#ref-baker2021)."
                + " [Alvarez et al. (2)](#ref-alvarez2020) describe"), findings);
    }

    @Test
    void aChangedSectionTextRebuildsTheDraftAndIsNamedInChangesMd() throws IOException {
        Path project = fixture(dir.resolve("project"));
        Path out = dir.resolve("out");
        assertTrue(Releases.release(project, "First version").recorded().isPresent());
        assertTrue(ReviewBuild.build(noPdf(project, out)).succeeded());
        assertTrue(ReviewBuild.build(noPdf(project, out)).upToDate());

        Path outlook = project.resolve("seeds/sections/outlook.md");
        Files.writeString(outlook, Files.readString(outlook).replace("for some", "for a few"));
        Files.writeString(project.resolve("seeds/sections/introduction.md"), "Why this review [@costa2019].\n");
        BuildResult rebuilt = ReviewBuild.build(noPdf(project, out));
        assertEquals(List.of("review.md", "CHANGES.md", "prisma.svg", "review.html", "review-changes.html",
                "review.docx"), rebuilt.written());
        assertTrue(Files.readString(out.resolve("review.md")).contains("Stopping treatment is possible for a few"));
        String changes = Files.readString(out.resolve("CHANGES.md"));
        assertTrue(changes.contains("## Section texts\n\n- Wrote the text of the introduction: **Why this review"
                + " \\[@costa2019\\].**\n- Changed the text of [Outlook](review.md#outlook): "), changes);
        assertTrue(changes.contains("possible for ~~some~~ **a few**"), changes);
        assertTrue(Files.readString(out.resolve("review.md")).contains("- Changed the text of [Outlook](#outlook): "));

        assertTrue(Releases.release(project, "Second version").recorded().isPresent(), "a text change is a version");
        assertTrue(Files.readString(project.resolve("seeds/versions.yaml")).contains("section-texts:"));
    }

    @Test
    void theMarkedUpPageMarksAChangedSectionTextWhereItStands() throws IOException {
        Path project = fixture(dir.resolve("project"));
        Path out = dir.resolve("out");
        assertTrue(Releases.release(project, "First version").recorded().isPresent());
        Path findings = project.resolve("seeds/sections/findings.md");
        Files.writeString(findings, Files.readString(findings).replace("[@baker2021; @alvarez2020]", "[@baker2021]")
                .replace("a shelter in", "a refuge in"));
        Files.delete(project.resolve("seeds/sections/outlook.md"));
        assertTrue(ReviewBuild.build(noPdf(project, out)).succeeded());

        var page = Jsoup.parse(Files.readString(out.resolve("review-changes.html")));
        assertEquals("[deleted: ", page.selectFirst("del > .visually-hidden").text() + " ");
        page.select(".visually-hidden, .ref-tip").remove();
        var findingsText = page.getElementById("findings").nextElementSibling();
        assertEquals("Resistance has more than one cause (1,2) (1). Alvarez et al. (2) describe a refuge in the"
                + " marrow (see 2), and the effect was seen in figures (1, for the sequencing,2).", findingsText.wholeText()
                .replaceAll("\\s+", " ").replace("shelter refuge", "refuge"));
        assertEquals(List.of("(1,2)", "shelter"), findingsText.select("del").eachText());
        assertEquals(List.of("(1)", "refuge"), findingsText.select("ins").eachText());
        assertEquals(1, page.select("main table").stream().filter(t -> t.text().contains("What it shows")).count(),
                "the text's table is still a table");
        var outlook = page.getElementById("outlook").nextElementSibling();
        assertEquals("Stopping treatment is possible for some (3).", outlook.select("del").text(),
                "a removed text is kept, deleted whole: " + outlook);
        assertEquals(0, Jsoup.parse(Files.readString(out.resolve("review.html"))).select("#findings + p del").size());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
