package org.livingreview.manuscript.docx;

import org.livingreview.model.ProjectLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Generates the shipped templates/reference.docx: plain styles for everything review.docx uses, A4 with
 * 2.5 cm margins, and one sample paragraph per style so that a user who opens it in Word or LibreOffice
 * sees and edits each style. Run {@code main} to regenerate it; {@code ReferenceDocumentTest} checks that
 * the committed file is exactly what this writes.
 */
public final class ShippedReferenceDocument {

    /** A fixed date, so the file is the same on every run. */
    static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String FONT = "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>";
    private static final String MONO = "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>";

    private ShippedReferenceDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "../" + ProjectLayout.REFERENCE_DOCX);
        Files.write(target, bytes());
        System.out.println("wrote " + target);
    }

    static byte[] bytes() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            try {
                document.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
            } catch (XmlException e) {
                throw new IllegalStateException("the shipped styles are well-formed", e);
            }
            samples().forEach((style, text) -> {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle(style);
                paragraph.createRun().setText(text);
            });
            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            BigInteger margin = BigInteger.valueOf(1418);
            margins.setTop(margin);
            margins.setBottom(margin);
            margins.setLeft(margin);
            margins.setRight(margin);
            margins.setHeader(BigInteger.valueOf(709));
            margins.setFooter(BigInteger.valueOf(709));
            margins.setGutter(BigInteger.ZERO);
            var core = document.getProperties().getCoreProperties().getUnderlyingProperties();
            core.setTitleProperty(Optional.of("living-review reference document"));
            core.setCreatedProperty(Optional.of(Date.from(DATE)));
            core.setModifiedProperty(Optional.of(Date.from(DATE)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return StableZip.withFixedTimes(out.toByteArray(), DATE);
        }
    }

    private static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put(DocxStyles.TITLE, "Title");
        samples.put(DocxStyles.AUTHOR, "Author");
        for (int level = 1; level <= DocxStyles.HEADING_LEVELS; level++) {
            samples.put(DocxStyles.heading(level), "Heading " + level);
        }
        samples.put(DocxStyles.BODY, "Body Text: claims and other paragraphs. Edit this document's styles to"
                + " change how review.docx looks; its content is replaced.");
        samples.put(DocxStyles.COMPACT, "Compact: tight list items and table cells");
        samples.put(DocxStyles.LIST, "List Paragraph: items of loose lists");
        samples.put(DocxStyles.QUOTE, "Block Text: block quotes");
        samples.put(DocxStyles.CODE, "Source Code: code blocks");
        samples.put(DocxStyles.FIGURE, "Captioned Figure: paragraphs holding a figure");
        samples.put(DocxStyles.BIBLIOGRAPHY, "Bibliography: reference list entries, with a hanging indent");
        return samples;
    }

    private static String styles() {
        StringBuilder xml = new StringBuilder("<w:styles xmlns:w=\"" + W + "\">");
        xml.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(FONT)
                .append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>")
                .append("</w:pPrDefault></w:docDefaults>");
        xml.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
                .append("<w:qFormat/></w:style>");
        xml.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
        xml.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>")
                .append("<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>")
                .append("</w:style>");
        paragraph(xml, DocxStyles.TITLE, "Title", "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"240\"/>",
                "<w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>");
        paragraph(xml, DocxStyles.AUTHOR, "Author", "<w:keepNext/><w:spacing w:after=\"80\"/>", "");
        int[] sizes = {32, 28, 24, 22, 22, 22};
        for (int level = 1; level <= DocxStyles.HEADING_LEVELS; level++) {
            paragraph(xml, DocxStyles.heading(level), "heading " + level, "<w:keepNext/><w:keepLines/><w:spacing w:before=\""
                    + (level == 1 ? 360 : 240) + "\" w:after=\"80\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    "<w:b/>" + (level >= 4 ? "<w:i/>" : "") + "<w:sz w:val=\"" + sizes[level - 1] + "\"/><w:szCs w:val=\""
                            + sizes[level - 1] + "\"/>");
        }
        paragraph(xml, DocxStyles.BODY, "Body Text", "", "");
        paragraph(xml, DocxStyles.COMPACT, "Compact", "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\""
                + " w:lineRule=\"auto\"/>", "");
        paragraph(xml, DocxStyles.LIST, "List Paragraph", "<w:spacing w:after=\"80\"/><w:ind w:left=\"720\"/>", "");
        paragraph(xml, DocxStyles.QUOTE, "Block Text", "<w:ind w:left=\"567\" w:right=\"567\"/>", "");
        paragraph(xml, DocxStyles.CODE, "Source Code", "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F4F4\"/>"
                + "<w:spacing w:after=\"160\" w:line=\"240\" w:lineRule=\"auto\"/>", MONO + "<w:sz w:val=\"19\"/>");
        paragraph(xml, DocxStyles.FIGURE, "Captioned Figure", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"240\"/>",
                "");
        paragraph(xml, DocxStyles.BIBLIOGRAPHY, "Bibliography", "<w:spacing w:after=\"120\" w:line=\"240\""
                + " w:lineRule=\"auto\"/><w:ind w:left=\"720\" w:hanging=\"720\"/>", "");
        xml.append("<w:style w:type=\"character\" w:styleId=\"").append(DocxStyles.HYPERLINK).append("\">")
                .append("<w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>")
                .append("<w:color w:val=\"1F4E79\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
        xml.append("<w:style w:type=\"character\" w:styleId=\"").append(DocxStyles.VERBATIM).append("\">")
                .append("<w:name w:val=\"Verbatim Char\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>")
                .append(MONO).append("<w:sz w:val=\"19\"/></w:rPr></w:style>");
        xml.append("<w:style w:type=\"table\" w:styleId=\"").append(DocxStyles.TABLE).append("\">")
                .append("<w:name w:val=\"Table\"/><w:basedOn w:val=\"TableNormal\"/><w:qFormat/>")
                .append("<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr><w:tblPr><w:tblBorders>")
                .append("<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>")
                .append("<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>")
                .append("<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BFBFBF\"/>")
                .append("</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>")
                .append("<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>")
                .append("<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders></w:tcPr>")
                .append("</w:tblStylePr></w:style>");
        return xml.append("</w:styles>").toString();
    }

    private static void paragraph(StringBuilder xml, String id, String name, String paragraph, String run) {
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"").append(DocxStyles.BODY)
                .append("\"/><w:qFormat/>");
        if (!paragraph.isEmpty()) {
            xml.append("<w:pPr>").append(paragraph).append("</w:pPr>");
        }
        if (!run.isEmpty()) {
            xml.append("<w:rPr>").append(run).append("</w:rPr>");
        }
        xml.append("</w:style>");
    }
}
