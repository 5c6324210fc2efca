package org.livingreview.manuscript.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSL style as citeproc-java takes it ({@code source}: a bundled style id or a style's XML), with what
 * the manuscript needs to know of its citation layout, and the XML of the independent style it formats with.
 */
public record CitationStyle(String name, String source, boolean numeric, boolean collapsesNumbers,
                            String numberDelimiter, boolean hyphenatedInitials, String independentXml) {

    private static final Pattern CITATION = Pattern.compile("<citation\\b([^>]*)>(.*?)</citation>", Pattern.DOTALL);
    private static final Pattern LAYOUT_DELIMITER = Pattern.compile("<layout\\b[^>]*\\bdelimiter=\"([^\"]*)\"");

    /** Reads the layout facts from the independent style's XML. */
    static CitationStyle of(String name, String source, String independentXml) {
        boolean numeric = independentXml.contains("citation-format=\"numeric\"");
        Matcher citation = CITATION.matcher(independentXml);
        boolean collapse = false;
        String delimiter = ", ";
        if (citation.find()) {
            collapse = citation.group(1).contains("collapse=\"citation-number\"");
            Matcher layout = LAYOUT_DELIMITER.matcher(citation.group(2));
            if (layout.find()) {
                delimiter = layout.group(1);
            }
        }
        return new CitationStyle(name, source, numeric, collapse, delimiter,
                !independentXml.contains("initialize-with-hyphen=\"false\""), independentXml);
    }
}
