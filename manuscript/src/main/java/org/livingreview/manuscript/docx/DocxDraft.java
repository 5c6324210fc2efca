package org.livingreview.manuscript.docx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What review.docx is made of: the draft's Markdown with each citation marked ({@code [text](cite:a,b)}),
 * the metadata the document carries, the SVG images the Markdown names, each cited paper's CSL-JSON (by
 * id), the Zotero id and locale of the style, whether citations are frozen text rather than Zotero
 * fields, and the reference document whose styles it takes.
 */
public record DocxDraft(String markdown, String title, List<String> authors, String subject, List<String> keywords,
                        String language, Instant date, Map<String, String> svgImages, Map<String, ObjectNode> items,
                        String zoteroStyleId, boolean frozenCitations, ReferenceDocument reference) {

    private static final java.util.regex.Pattern STYLE_ID = java.util.regex.Pattern.compile("<id>\\s*([^<\\s]+)\\s*</id>");

    public DocxDraft {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        svgImages = Map.copyOf(svgImages);
        items = Map.copyOf(items);
    }

    /**
     * The id Zotero knows a style by: the {@code <id>} of a style file's XML, or the Zotero style
     * repository's address of a bundled style (whose ids are the repository's).
     */
    public static String zoteroStyleId(String name, String source) {
        java.util.regex.Matcher id = STYLE_ID.matcher(source);
        return source.contains("<style") && id.find() ? id.group(1) : "http://www.zotero.org/styles/" + name;
    }

    /** The link destination that marks a citation of {@code ids} in the Markdown. */
    public static String citationMark(List<String> ids) {
        return Inlines.CITATION_MARK + String.join(",", ids);
    }
}
