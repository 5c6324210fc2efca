package org.livingreview.manuscript;

import java.time.Instant;
import java.util.List;

/** What the PDF is made of: its Markdown, stylesheet, page size and the metadata it carries. */
public record PdfDocument(String markdown, String css, String pageSize, String title, String shortTitle,
                          List<String> authors, String subject, List<String> keywords, String language,
                          Instant date) {

    public PdfDocument {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }
}
