package org.livingreview.manuscript.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** The Markdown a draft may hold, mapped to Word: one small document per case, read back with POI. */
class DocxWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static XWPFDocument docx(String markdown, boolean frozen) throws IOException {
        ObjectNode item = JSON.createObjectNode().put("id", "doe2020").put("type", "article-journal")
                .put("title", "A paper");
        DocxDraft draft = new DocxDraft(markdown, "A review", List.of("Ann Author"), null, List.of(), "en-US",
                Instant.parse("2026-03-01T00:00:00Z"), Map.of("figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"100\" height=\"50\"><rect width=\"100\" height=\"50\" fill=\"#369\"/></svg>"),
                Map.of("doe2020", item), "http://www.zotero.org/styles/vancouver", frozen, ReferenceDocument.shipped());
        return new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(draft)));
    }

    private static XWPFParagraph only(XWPFDocument document, String startingWith) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + startingWith));
    }

    @Test
    void headingsBelowTheTitleAreWordHeadings() throws IOException {
        try (XWPFDocument docx = docx("# The title\n\nBy someone\n\n## Part\n\n### Sub *part*\n\nText.\n", false)) {
            assertEquals("Title", only(docx, "The title").getStyle());
            assertEquals("Author", only(docx, "By someone").getStyle());
            assertEquals("Heading1", only(docx, "Part").getStyle());
            assertEquals("Heading2", only(docx, "Sub part").getStyle());
            assertEquals("BodyText", only(docx, "Text.").getStyle());
        }
    }

    @Test
    void emphasisStrongCodeSuperscriptsAndLinksBecomeRunFormatting() throws IOException {
        try (XWPFDocument docx = docx("# T\n\n## H\n\nA *b* **c** `d` x<sup>2</sup> H<sub>2</sub>O"
                + " [site](https://example.org/a) [inner](#ref-x).\n", false)) {
            List<XWPFRun> runs = only(docx, "A b c d").getRuns();
            assertTrue(run(runs, "b").isItalic());
            assertTrue(run(runs, "c").isBold());
            assertEquals("VerbatimChar", run(runs, "d").getStyle());
            assertEquals("superscript", run(runs, "2").getVerticalAlignment().toString());
            assertEquals("subscript", run(runs, "2", 1).getVerticalAlignment().toString());
            XWPFHyperlinkRun link = (XWPFHyperlinkRun) run(runs, "site");
            assertEquals("https://example.org/a", link.getHyperlink(docx).getURL());
            assertFalse(run(runs, "inner") instanceof XWPFHyperlinkRun, "links within the draft stay text");
        }
    }

    @Test
    void listsAreNumberedAndEachOrderedListStartsAtItsOwnNumber() throws IOException {
        try (XWPFDocument docx = docx("# T\n\n- one\n- two\n  1. nested\n\n3. three\n4. four\n\nBetween.\n\n1. again\n",
                false)) {
            XWPFParagraph one = only(docx, "one");
            XWPFParagraph nested = only(docx, "nested");
            XWPFParagraph three = only(docx, "three");
            XWPFParagraph again = only(docx, "again");
            assertNotNull(one.getNumID());
            assertEquals(one.getNumID(), only(docx, "two").getNumID());
            assertEquals("bullet", one.getNumFmt());
            assertEquals(1, nested.getNumIlvl().intValue());
            assertEquals("decimal", three.getNumFmt());
            assertEquals(three.getNumID(), only(docx, "four").getNumID());
            assertFalse(three.getNumID().equals(again.getNumID()), "a new list restarts its numbering");
            assertEquals(3, docx.getNumbering().getNum(three.getNumID()).getCTNum().getLvlOverrideArray(0)
                    .getStartOverride().getVal().intValue());
        }
    }

    @Test
    void quotesCodeAndRulesHaveTheirStyles() throws IOException {
        try (XWPFDocument docx = docx("# T\n\n> quoted\n\n```\nline 1\nline 2\n```\n\n---\n\n<div>raw</div>\n", false)) {
            assertEquals("BlockText", only(docx, "quoted").getStyle());
            XWPFParagraph code = only(docx, "line 1");
            assertEquals("SourceCode", code.getStyle());
            assertEquals("line 1\nline 2", code.getText());
            assertTrue(docx.getParagraphs().stream().noneMatch(p -> p.getText().contains("raw")));
        }
    }

    @Test
    void anImageTheBuildDrewIsAPictureWithItsAltTextOtherImagesAreNamed() throws IOException {
        try (XWPFDocument docx = docx("# T\n\n![A blue box: wide](figure.svg)\n\n![Elsewhere](other.png)\n", false)) {
            XWPFParagraph figure = docx.getParagraphs().stream().filter(p -> p.getRuns().stream()
                    .anyMatch(r -> !r.getEmbeddedPictures().isEmpty())).findFirst().orElseThrow();
            assertEquals("CaptionedFigure", figure.getStyle());
            var docPr = figure.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            assertEquals("A blue box: wide", docPr.getDescr());
            assertEquals("A blue box", docPr.getTitle());
            assertEquals("[Elsewhere]", only(docx, "[Elsewhere]").getText());
        }
    }

    @Test
    void aMarkedCitationIsAZoteroFieldUnlessFrozen() throws IOException {
        String markdown = "# T\n\nA claim [<sup>1</sup>](cite:doe2020).\n\n## References\n\n"
                + "1. <a id=\"ref-doe2020\"></a>Doe J. A paper.\n";
        try (XWPFDocument live = docx(markdown, false); XWPFDocument frozen = docx(markdown, true)) {
            String xml = live.getDocument().xmlText();
            assertTrue(xml.contains("ADDIN ZOTERO_ITEM CSL_CITATION {\"citationID\":\""), xml);
            assertTrue(xml.contains("\"formattedCitation\":\"\\\\super 1\\\\nosupersub{}\",\"plainCitation\":\"1\""), xml);
            assertTrue(xml.contains("ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY"));
            XWPFParagraph entry = only(live, "1.\tDoe J.");
            assertEquals("Bibliography", entry.getStyle());
            assertNull(entry.getNumID(), "the entry's number is its own text, as Zotero writes it");
            assertFalse(frozen.getDocument().xmlText().contains("ZOTERO"));
            assertEquals("A claim 1.", only(live, "A claim").getText());
            assertEquals("A claim 1.", only(frozen, "A claim").getText());
        }
    }

    @Test
    void aStyleTheReferenceDocumentLacksIsTakenFromTheShippedOne() throws IOException {
        try (XWPFDocument reference = ReferenceDocument.shipped().open()) {
            var styles = reference.getStyles();
            styles.removeStyle(styles.getStyles().indexOf(styles.getStyle("Bibliography")));
            assertFalse(styles.styleExist("Bibliography"));
            DocxStyles.complete(reference);
            assertTrue(reference.getStyles().styleExist("Bibliography"));
        }
    }

    @Test
    void theSameDraftGivesTheSameBytes() throws IOException {
        String markdown = "# T\n\n![Box](figure.svg)\n\nText [<sup>1</sup>](cite:doe2020).\n";
        DocxDraft draft = new DocxDraft(markdown, "T", List.of(), null, List.of(), "en-US", Instant.EPOCH,
                Map.of("figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"),
                Map.of("doe2020", JSON.createObjectNode().put("id", "doe2020").put("type", "book")),
                "http://www.zotero.org/styles/apa", false, ReferenceDocument.shipped());
        assertArrayEquals(DocxWriter.write(draft), DocxWriter.write(draft));
    }

    private static XWPFRun run(List<XWPFRun> runs, String text) {
        return run(runs, text, 0);
    }

    private static XWPFRun run(List<XWPFRun> runs, String text, int skip) {
        return runs.stream().filter(r -> text.equals(r.text())).skip(skip).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " in " + runs));
    }
}
