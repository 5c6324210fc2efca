package org.livingreview.manuscript.output;

/** What an {@link Output} can be made from; the build keeps a digest of each, to know what changed. */
public enum Input {
    /** The paper files, {@code seeds/papers/*.yaml}. */
    PAPERS,
    /** The other seed files: {@code review.yaml}, {@code versions.yaml}, {@code import-log.yaml}. */
    REVIEW_SEEDS,
    /** The templates (except the PDF stylesheet). */
    TEMPLATES,
    /** The citation style: its id, and the file's content when it is a {@code .csl} file. */
    STYLE,
    /** The date the build states. */
    DATE,
    /** The PDF stylesheet, {@code templates/pdf.css} (or the shipped one). */
    PDF_STYLESHEET
}
