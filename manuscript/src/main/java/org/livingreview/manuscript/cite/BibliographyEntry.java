package org.livingreview.manuscript.cite;

import org.livingreview.manuscript.text.Markdown;
import org.livingreview.manuscript.text.MarkdownText;

/** One formatted reference: the cited paper's id, its label ("1." in numeric styles, else empty) and text. */
public record BibliographyEntry(String id, String label, Markdown text) {

    /** The same entry, marked as the target of the citations that link to it. */
    public BibliographyEntry anchored() {
        return new BibliographyEntry(id, label, new Markdown("<a id=\"" + CitationRenderer.anchor(id) + "\"></a>"
                + text.text()));
    }

    /** The entry as one Markdown line: "1. text" for numbered styles, the text alone otherwise. */
    public Markdown getLine() {
        if (label.isEmpty()) {
            return text;
        }
        String escapedLabel = label.matches("\\d+\\.") ? label : MarkdownText.escape(label);
        return new Markdown(escapedLabel + " " + text.text());
    }
}
