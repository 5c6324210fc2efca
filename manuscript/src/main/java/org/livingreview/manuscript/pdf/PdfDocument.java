package org.livingreview.manuscript.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the PDF is made of: its Markdown, stylesheet, page size, the metadata it carries, and the SVG
 * images the Markdown refers to by file name (drawn inline).
 */
record PdfDocument(String markdown, String css, String pageSize, String title, String shortTitle,
                          List<String> authors, String subject, List<String> keywords, String language,
                          Instant date, Map<String, String> svgImages) {

    public PdfDocument {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        svgImages = Map.copyOf(svgImages);
    }
}
