package org.livingreview.manuscript.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.livingreview.manuscript.docx.Inlines.Break;
import org.livingreview.manuscript.docx.Inlines.Citation;
import org.livingreview.manuscript.docx.Inlines.Hyperlink;
import org.livingreview.manuscript.docx.Inlines.Picture;
import org.livingreview.manuscript.docx.Inlines.Piece;
import org.livingreview.manuscript.docx.Inlines.Span;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes a paragraph's pieces as Word runs: formatted text, breaks, hyperlinks, pictures (SVG rendered to
 * PNG, with the Markdown's alt text as the picture's description) and citations — each a Zotero field
 * whose result is the formatted citation, or plain text when citations are frozen.
 */
final class RunWriter {

    /** The widest a picture is placed: 6 inches, in EMU. */
    static final long MAX_PICTURE_WIDTH = 6L * 914400;
    private static final long EMU_PER_PIXEL = 9525;
    private static final Pattern SVG_WIDTH = Pattern.compile("<svg\\b[^>]*?\\bwidth=\"([0-9.]+)\"");

    private final ZoteroFields fields;
    private final Map<String, String> svgImages;
    private int citations;

    /** A writer whose citations become fields of {@code fields} (null: frozen, plain text). */
    RunWriter(ZoteroFields fields, Map<String, String> svgImages) {
        this.fields = fields;
        this.svgImages = svgImages;
    }

    void write(XWPFParagraph paragraph, List<Piece> pieces) throws IOException {
        for (Piece piece : pieces) {
            if (piece instanceof Span span) {
                span(paragraph.createRun(), span);
            } else if (piece instanceof Break) {
                paragraph.createRun().addBreak();
            } else if (piece instanceof Hyperlink link) {
                for (Span span : link.spans()) {
                    XWPFRun run = paragraph.createHyperlinkRun(link.address());
                    span(run, span);
                    run.setStyle(DocxStyles.HYPERLINK);
                }
            } else if (piece instanceof Citation citation) {
                citation(paragraph, citation);
            } else if (piece instanceof Picture picture) {
                picture(paragraph, picture);
            }
        }
    }

    /** Opens a field with {@code code} at the paragraph's end; its result follows until {@link #endField}. */
    static void beginField(XWPFParagraph paragraph, String code) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = paragraph.createRun().getCTR().addNewInstrText();
        instruction.setStringValue(code);
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void endField(XWPFParagraph paragraph) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void citation(XWPFParagraph paragraph, Citation citation) {
        boolean live = fields != null && fields.knows(citation.ids());
        if (live) {
            beginField(paragraph, fields.citation(citations++, citation.ids(), ZoteroFields.rtf(citation.spans()),
                    Inlines.plain(citation.spans())));
        }
        citation.spans().forEach(span -> span(paragraph.createRun(), span));
        if (live) {
            endField(paragraph);
        }
    }

    private static void span(XWPFRun run, Span span) {
        Inlines.Format format = span.format();
        run.setText(span.text());
        if (format.italic()) {
            run.setItalic(true);
        }
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.superscript()) {
            run.setSubscript(VerticalAlign.SUPERSCRIPT);
        } else if (format.subscript()) {
            run.setSubscript(VerticalAlign.SUBSCRIPT);
        }
        if (format.code()) {
            run.setStyle(DocxStyles.VERBATIM);
        }
    }

    private void picture(XWPFParagraph paragraph, Picture picture) throws IOException {
        String svg = svgImages.get(picture.source());
        if (svg == null) {
            // Only the drawings the build makes are known; any other image is named by its description.
            span(paragraph.createRun(), new Span("[" + picture.alt() + "]",
                    new Inlines.Format(true, false, false, false, false)));
            return;
        }
        Matcher width = SVG_WIDTH.matcher(svg);
        byte[] png = SvgPictures.png(svg, width.find() ? Float.parseFloat(width.group(1)) : 600f);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        long pictureWidth = Math.round(image.getWidth() / SvgPictures.SCALE * EMU_PER_PIXEL);
        long pictureHeight = Math.round(image.getHeight() / SvgPictures.SCALE * EMU_PER_PIXEL);
        if (pictureWidth > MAX_PICTURE_WIDTH) {
            pictureHeight = pictureHeight * MAX_PICTURE_WIDTH / pictureWidth;
            pictureWidth = MAX_PICTURE_WIDTH;
        }
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, picture.source().replaceFirst("\\.svg$", ".png"),
                    (int) pictureWidth, (int) pictureHeight);
        } catch (InvalidFormatException e) {
            throw new IOException("the picture " + picture.source() + " could not be added", e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(picture.alt());
        inline.getDocPr().setTitle(picture.alt().replaceFirst(":.*", ""));
    }
}
