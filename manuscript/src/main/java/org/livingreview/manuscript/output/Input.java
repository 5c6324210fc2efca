package org.livingreview.manuscript.output;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What an {@link Output} can be made from; the build keeps a digest of each, to know what changed. */
public enum Input {
    /** The paper files, {@code seeds/papers/*.yaml}. */
    PAPERS,
    /** The other seed files: {@code review.yaml}, {@code versions.yaml}, {@code import-log.yaml}, {@code sections/*.md}. */
    REVIEW_SEEDS,
    /** The templates (except the PDF stylesheet). */
    TEMPLATES,
    /** The citation style: its id, and the file's content when it is a {@code .csl} file. */
    STYLE,
    /** The date the build states. */
    DATE,
    /** The PDF stylesheet, {@code templates/pdf.css} (or the shipped one). */
    PDF_STYLESHEET,
    /** Whether citations are live Zotero fields or frozen text ({@code --frozen-citations}). */
    CITATION_FIELDS;

    /** What the draft is made from, and so every output rendered from it. */
    public static final Set<Input> OF_THE_DRAFT = Collections.unmodifiableSet(
            EnumSet.of(PAPERS, REVIEW_SEEDS, TEMPLATES, STYLE, DATE));
}
