package org.livingreview.manuscript.docx;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The style ids the DOCX uses — Word's own built-in styles where there is one (so headings show in the
 * navigation pane and Zotero finds its Bibliography style) and pandoc's names otherwise. A reference
 * document that lacks one gets the shipped definition.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String AUTHOR = "Author";
    static final String BODY = "BodyText";
    static final String COMPACT = "Compact";
    static final String LIST = "ListParagraph";
    static final String QUOTE = "BlockText";
    static final String CODE = "SourceCode";
    static final String FIGURE = "CaptionedFigure";
    static final String BIBLIOGRAPHY = "Bibliography";
    static final String TABLE = "Table";
    static final String HYPERLINK = "Hyperlink";
    static final String VERBATIM = "VerbatimChar";
    static final int HEADING_LEVELS = 6;

    private DocxStyles() {
    }

    /** The style of a heading one level below the title (level 1 is Word's Heading 1). */
    static String heading(int level) {
        return "Heading" + Math.min(Math.max(level, 1), HEADING_LEVELS);
    }

    /** Every style id the writer may use. */
    static List<String> all() {
        List<String> ids = new java.util.ArrayList<>(List.of(TITLE, AUTHOR, BODY, COMPACT, LIST, QUOTE, CODE, FIGURE,
                BIBLIOGRAPHY, TABLE, HYPERLINK, VERBATIM));
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            ids.add(heading(level));
        }
        return ids;
    }

    /** Adds to {@code document} the shipped definition of each style it lacks (and of what that is based on). */
    static void complete(XWPFDocument document) throws IOException {
        XWPFStyles styles = document.getStyles();
        List<String> missing = all().stream().filter(id -> !styles.styleExist(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try (XWPFDocument shipped = ReferenceDocument.shipped().open()) {
            for (String id : missing) {
                for (XWPFStyle style : shipped.getStyles().getUsedStyleList(shipped.getStyles().getStyle(id))) {
                    if (!styles.styleExist(style.getStyleId())) {
                        styles.addStyle(new XWPFStyle((CTStyle) style.getCTStyle().copy(), styles));
                    }
                }
            }
        }
    }
}
