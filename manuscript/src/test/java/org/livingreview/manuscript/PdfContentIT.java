package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.ReviewBuild;

/** What a reader finds in the shipped review's PDF, read back with PDFBox. */
class PdfContentIT {

    @TempDir
    static Path dir;

    private static Path project;
    private static String text;

    @BeforeAll
    static void build() throws Exception {
        project = TestReviews.shippedCopy(dir.resolve("review"));
        BuildResult result = ReviewBuild.build(BuildRequest.of(project, dir.resolve("out")));
        assertEquals(List.of(), result.problems(), "the shipped review builds without a warning");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/review.pdf").toFile())) {
            text = normalize(new PDFTextStripper().getText(pdf));
        }
    }

    private static String normalize(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void everyClaimAndTheSpecialStringsAreInTheText() {
        Review review = ReviewLoader.load(project).review();
        for (Paper paper : review.papers()) {
            for (Claim claim : paper.claims()) {
                String withoutFinalPeriod = normalize(claim.text()).replaceAll("\\.$", "");
                assertTrue(text.contains(withoutFinalPeriod), "claim " + claim.id() + " is in the PDF");
            }
        }
        for (String special : List.of("BCR::ABL1", "miR-17∼92", "BCR::ABL1–positive", "Page 1 of ", "TKI resistance in"
                + " BCR::ABL1-positive leukemias")) {
            assertTrue(text.contains(special), special);
        }
        assertFalse(text.contains("#") || text.contains("?") || text.contains("\ufffd"), "no substituted glyphs");
    }

    @Test
    void everyBibliographyEntryIsInTheText() throws Exception {
        String markdown = Files.readString(dir.resolve("out/review.md"));
        String references = markdown.substring(markdown.indexOf("## References"));
        List<String> entries = references.lines().filter(l -> l.matches("\\d+\\. .*")).toList();
        assertEquals(3, entries.size());
        for (String entry : entries) {
            String plain = Jsoup.parse(org.commonmark.renderer.html.HtmlRenderer.builder().build()
                    .render(org.commonmark.parser.Parser.builder().build().parse(entry.replaceFirst("^\\d+\\. ", ""))))
                    .text();
            assertTrue(text.contains(normalize(plain)), plain);
        }
    }

    @Test
    void fontsAreEmbeddedBookmarksFollowTheHeadingsAndCitationsLinkToTheirEntries() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/review.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("DejaVu"), font.getName());
                }
            }
            List<String> bookmarks = new ArrayList<>();
            PDOutlineItem top = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            bookmarks.add(top.getTitle());
            top.children().forEach(child -> bookmarks.add(child.getTitle()));
            assertEquals(List.of("Tyrosine kinase inhibitor resistance in BCR::ABL1-positive leukemias: a living review",
                    "Abstract", "Background", "Resistance beyond kinase-domain mutations",
                    "Leukemic stem cells and the bone marrow niche", "Genomic lesions and intrinsic resistance",
                    "MicroRNAs", "Open questions", "Evidence table", "Screening", "Changes (no version recorded yet)",
                    "PRISMA flow", "References"), bookmarks);
            int internalLinks = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && (link.getDestination() != null
                            || link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)) {
                        internalLinks++;
                        assertEquals("Go to the entry in the reference list", link.getContents());
                    }
                }
            }
            assertEquals(17 + 3, internalLinks, "one link per claim's citation and per evidence row");
            var info = pdf.getDocumentInformation();
            assertEquals("Tyrosine kinase inhibitor resistance in BCR::ABL1-positive leukemias: a living review",
                    info.getTitle());
            assertEquals("The living-review contributors", info.getAuthor());
            assertTrue(info.getKeywords().startsWith("tyrosine kinase inhibitors; BCR::ABL1;"), info.getKeywords());
            assertTrue(info.getSubject().startsWith("Tyrosine kinase inhibitors (TKIs) transformed"));
            assertEquals("en-US", pdf.getDocumentCatalog().getLanguage());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
            assertTrue(xmp.contains("<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>"), xmp);
            assertTrue(xmp.contains("<pdf:Keywords>tyrosine kinase inhibitors; BCR::ABL1;"), xmp);
        }
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(dir.resolve("out/review.pdf"));
        assertTrue(ReviewBuild.build(BuildRequest.of(project, dir.resolve("again"))).succeeded());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again/review.pdf")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("out/review.md")),
                Files.readAllBytes(dir.resolve("again/review.md")));
    }

    @Test
    void charactersNoFontHasAreReportedWhereTheSeedsUseThem(@TempDir Path other) throws Exception {
        Path copy = TestReviews.shippedCopy(other.resolve("review"));
        Path paper = copy.resolve("seeds/papers/gullaksen2025.yaml");
        Files.writeString(paper, Files.readString(paper).replace("population: CML", "population: CML 慢性骨髄性"));
        BuildResult result = ReviewBuild.build(BuildRequest.of(copy, other.resolve("out")));
        assertTrue(result.succeeded());
        assertEquals(List.of(paper + ":27:19: warning: the PDF's fonts (DejaVu Serif, Sans, Mono) have no glyph for"
                        + " 慢性骨髄 (from U+6162), shown as # in review.pdf — review.md keeps the text; transliterate it"
                        + " if the PDF must show it"),
                result.problems().stream().map(org.livingreview.model.Problem::format).toList());
    }

    @Test
    void charactersBeyondTheSeedsRenderAsThemselves(@TempDir Path other) throws Exception {
        Path copy = TestReviews.shippedCopy(other.resolve("review"));
        Path paper = copy.resolve("seeds/papers/gullaksen2025.yaml");
        Files.writeString(paper, Files.readString(paper).replace("population: CML",
                "population: \"CML ✓ Müller αβγ Δ TGF-β ≥ 60% — ‘quoted’\""));
        assertTrue(ReviewBuild.build(BuildRequest.of(copy, other.resolve("out"))).succeeded());
        try (PDDocument pdf = Loader.loadPDF(other.resolve("out/review.pdf").toFile())) {
            assertTrue(normalize(new PDFTextStripper().getText(pdf)).contains("CML ✓ Müller αβγ Δ TGF-β ≥ 60% — ‘quoted’"));
        }
    }
}
