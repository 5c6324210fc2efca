package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Problem;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.text.MarkdownText;

/** Template errors with locations, data printed literally, and styles by id or file. */
class TemplateAndStyleIT {

    @TempDir
    Path dir;

    private List<String> problems(BuildResult result) {
        return result.problems().stream().map(Problem::format).map(s -> s.replace(dir + "/", "")).toList();
    }

    private Path project() throws Exception {
        return TestReviews.shippedCopy(dir.resolve("review"));
    }

    @Test
    void aMisspeltReferenceNamesTheTemplateLineAndColumnAndWritesNothing() throws Exception {
        Path project = project();
        Path template = project.resolve("templates/review.md.vm");
        Files.writeString(template, Files.readString(template).replace("$section.title", "$section.titel"));
        BuildResult result = ReviewBuild.build(BuildRequest.of(project, dir.resolve("out")));
        assertEquals(List.of("review/templates/review.md.vm:34:17: error: template error: Object"
                + " 'org.livingreview.manuscript.draft.DraftViews$SectionView' does not contain property 'titel' —"
                + " check the spelling against docs/templates.md"), problems(result));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aBrokenDirectiveIsASyntaxErrorAtItsPlace() throws Exception {
        Path project = project();
        TestReviews.write(project, "templates/review.md.vm", "# $review.title\n#foreach($s in $sections)\n$s.title\n");
        assertEquals(List.of("review/templates/review.md.vm:4:1: error: template syntax error: the template ends"
                        + " inside a block — a #foreach, #if or #macro is missing its #end"),
                problems(ReviewBuild.build(BuildRequest.of(project, dir.resolve("out")))));
    }

    @Test
    void aMissingTemplateIsReportedAtTheTemplateField() throws Exception {
        Path project = project();
        Path review = project.resolve("seeds/review.yaml");
        Files.writeString(review, Files.readString(review).replace("page-size: A4", "page-size: A4\ntemplate: mine.md.vm"));
        assertEquals(List.of("review/seeds/review.yaml:23:11: error: template 'mine.md.vm' not found — create it under"
                        + " the review's folder, or remove 'template' from seeds/review.yaml to use the shipped one"),
                problems(ReviewBuild.build(BuildRequest.of(project, dir.resolve("out")))));
    }

    @Test
    void aReviewWithoutTemplatesUsesTheShippedOne() throws Exception {
        Path project = project();
        try (var files = Files.walk(project.resolve("templates"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertTrue(ReviewBuild.build(BuildRequest.of(project, dir.resolve("out"))).succeeded());
        assertTrue(Files.readString(dir.resolve("out/review.md")).startsWith("# Tyrosine kinase inhibitor"));
    }

    @Test
    void dataIsPrintedLiterallyNeverEvaluatedAndEscapedForMarkdown() throws Exception {
        Path project = project();
        Path paper = project.resolve("seeds/papers/gullaksen2025.yaml");
        Files.writeString(paper, Files.readString(paper)
                .replace("design: Review", "design: \"#set($x = 1) $review.title <b>bold</b> | pipe\"")
                .replace("population: CML", "population: \"*not emphasis* and [not a link](x) and snake_case\""));
        assertTrue(ReviewBuild.build(BuildRequest.of(project, dir.resolve("out"))).succeeded());
        String markdown = Files.readString(dir.resolve("out/review.md"));
        String row = markdown.lines().filter(l -> l.startsWith("| Gullaksen")).findFirst().orElseThrow();

        assertTrue(row.contains("| #set($x = 1) $review.title \\<b\\>bold\\</b\\> \\| pipe |"), row);
        assertTrue(row.contains("| \\*not emphasis\\* and \\[not a link\\](x) and snake_case |"), row);
        var tables = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(tables).build().render(
                org.commonmark.parser.Parser.builder().extensions(tables).build().parse(markdown));
        assertTrue(html.contains("<td>#set($x = 1) $review.title &lt;b&gt;bold&lt;/b&gt; | pipe</td>"), html);
        assertTrue(html.contains("<td>*not emphasis* and [not a link](x) and snake_case</td>"), html);
    }

    @Test
    void plainTextGetsNoNeedlessBackslashes() {
        assertEquals("BCR::ABL1-positive cells, 60% of patients; IKZF1(plus) and CDKN2A/B — R&D, snake_case.",
                MarkdownText.escape("BCR::ABL1-positive cells, 60% of patients; IKZF1(plus) and CDKN2A/B — R&D,"
                        + " snake_case."));
        assertEquals("1\\. not a list", MarkdownText.escape("1. not a list"));
        assertEquals("\\# not a heading", MarkdownText.escape("# not a heading"));
        assertEquals("\\&amp; stays literal", MarkdownText.escape("&amp; stays literal"));
    }

    @Test
    void anUnknownStyleSuggestsTheClosestIds() throws Exception {
        List<String> problems = problems(ReviewBuild.build(BuildRequest.of(project(), dir.resolve("out"))
                .withStyle("vancuver")));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("--style:1:1: error: unknown citation style 'vancuver' — did you mean"
                + " vancouver"), problems.get(0));
    }

    @Test
    void aLocaleWithoutACslLocaleIsAnErrorAtItsLineAndWritesNothing() throws Exception {
        Path project = project();
        Path info = project.resolve("seeds/review.yaml");
        Files.writeString(info, Files.readString(info).replace("locale: en-US", "locale: xx-YY"));
        BuildResult result = ReviewBuild.build(BuildRequest.of(project, dir.resolve("out")).withStyle("vancouver"));
        List<String> problems = problems(result);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("review/seeds/review\\.yaml:\\d+:9: error: there is no CSL locale for"
                + " 'xx-YY', so citations would silently use en-US — .*"), problems.get(0));
        assertFalse(Files.exists(dir.resolve("out/review.md")));
    }

    @Test
    void aLocalStyleFileIsUsed() throws Exception {
        Path project = project();
        try (var in = getClass().getResourceAsStream("/nature.csl")) {
            Files.createDirectories(project.resolve("styles"));
            Files.copy(in, project.resolve("styles/house.csl"));
        }
        assertTrue(ReviewBuild.build(BuildRequest.of(project, dir.resolve("out"))
                .withStyle("styles/house.csl")).succeeded());
        assertTrue(Files.readString(dir.resolve("out/review.md")).contains("Citation style: styles/house.csl"));
        assertTrue(Files.readString(dir.resolve("out/review.md")).contains("<sup>1</sup>"));
    }
}
