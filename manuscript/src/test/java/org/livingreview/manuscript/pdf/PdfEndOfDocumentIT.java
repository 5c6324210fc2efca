package org.livingreview.manuscript.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A draft whose last line falls anywhere near the foot of a page gets no page holding only the running header
 * and page number: the shipped stylesheet's bottom margins after the last line (the body's, the reference
 * list's) do not open a page of their own, whether the draft ends with the numbered references (review.pdf)
 * or a paragraph after them (the struck reference of review-changes.pdf).
 */
class PdfEndOfDocumentIT {

    @Test
    void noPageHoldsOnlyTheHeaderAndFooterWhereverTheLastLineFalls() throws Exception {
        String css;
        try (InputStream in = PdfEndOfDocumentIT.class.getResourceAsStream("/templates/pdf.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> blank = new ArrayList<>();
        for (String ending : List.of("1. Alpha A. A reference.\n2. Beta B. Another reference.\n",
                "1. Alpha A. A reference.\n\nDelta D. A reference no longer cited.\n")) {
            // The spacer moves the last line, a point at a time, across the foot of page 1 (before the fix, 599-610pt
            // gave an empty page 2).
            for (int height = 590; height <= 620; height++) {
                String markdown = "The text.\n\n<div style=\"height: " + height + "pt\"></div>\n\n## References\n\n" + ending;
                byte[] pdf = PdfTypesetter.typeset(new PdfDocument(markdown, css, "A4", "End test", "End test",
                        List.of("A. Author"), "", List.of(), "en", Instant.EPOCH, Map.of()));
                for (int page : pagesWithOnlyHeaderAndFooter(pdf)) {
                    blank.add("spacer " + height + "pt, ending " + ending.lines().toList() + ": page " + page);
                }
            }
        }
        assertEquals(List.of(), blank);
    }

    private static List<Integer> pagesWithOnlyHeaderAndFooter(byte[] pdf) throws Exception {
        List<Integer> blank = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(doc).replace("End test", "").replaceAll("Page \\d+ of \\d+", "").isBlank()) {
                    blank.add(page);
                }
            }
        }
        return blank;
    }
}
