package org.livingreview.manuscript.output;

import java.io.IOException;
import org.livingreview.manuscript.cite.CitationStyle;
import org.livingreview.manuscript.versions.DraftEdition;
import org.livingreview.model.Problems;
import org.livingreview.model.Review;

/**
 * What outputs are rendered from: the checked review and what the build makes of it once, on first use
 * (the draft from the templates, with citations formatted in the chosen style). A method that needs a
 * step which fails reports the problems and throws {@link BuildFailed}.
 */
public interface Sources {

    /** The project: its folder, its input files and the date the build states. */
    Project project();

    /** The review, free of errors. */
    Review review();

    /** Which version the draft is, its changes and PRISMA flow. */
    DraftEdition edition() throws BuildFailed;

    /** The draft as Markdown (review.md): the template rendered with plain citations. */
    String markdown() throws IOException, BuildFailed;

    /** The same draft with every citation linked to its bibliography entry (for the PDF and the web page). */
    String linkedMarkdown() throws IOException, BuildFailed;

    /** The same draft with every citation marked with the papers it cites (for the DOCX's citation fields). */
    String markedMarkdown() throws IOException, BuildFailed;

    /** The citation style the drafts are formatted in. */
    CitationStyle style() throws IOException, BuildFailed;

    /** Whether citations are to be frozen text rather than citation-manager fields. */
    boolean frozenCitations();

    /** The marked-up draft: the linked one with every change since the last version marked (review-changes.pdf). */
    String markedUpMarkdown() throws IOException, BuildFailed;

    /** Where problems are reported. */
    Problems problems();
}
