package org.livingreview.manuscript.cite;

/**
 * A CSL style as citeproc-java takes it ({@code source}: a bundled style id or a style's XML), with what
 * the manuscript needs to know of its citation layout, and the XML of the independent style it formats with.
 */
public record CitationStyle(String name, String source, boolean numeric, boolean hyphenatedInitials,
                            String independentXml) {

    /** Reads the layout facts from the independent style's XML. */
    static CitationStyle of(String name, String source, String independentXml) {
        return new CitationStyle(name, source, independentXml.contains("citation-format=\"numeric\""),
                !independentXml.contains("initialize-with-hyphen=\"false\""), independentXml);
    }
}
