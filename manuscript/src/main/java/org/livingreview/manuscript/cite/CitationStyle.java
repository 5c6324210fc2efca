package org.livingreview.manuscript.cite;

/**
 * A CSL style as citeproc-java takes it ({@code source}: a bundled style id or a style's XML), with what
 * the manuscript needs to know of it.
 */
public record CitationStyle(String name, String source, boolean hyphenatedInitials) {

    /** Reads what the manuscript needs from the XML of the independent style it formats with. */
    static CitationStyle of(String name, String source, String independentXml) {
        return new CitationStyle(name, source, !independentXml.contains("initialize-with-hyphen=\"false\""));
    }
}
