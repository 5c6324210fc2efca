package org.livingreview.manuscript;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Reads a Word document's complex fields back as Word does: each field's code and the text of its result. */
final class DocxFields {

    /** One field: its code and its result's text (paragraphs joined by a newline). */
    record Field(String code, String result) {
    }

    private DocxFields() {
    }

    /** The paragraphs of the body in reading order, table cells included. */
    static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return paragraphs;
    }

    static List<Field> of(XWPFDocument document) {
        List<Field> fields = new ArrayList<>();
        StringBuilder code = null;
        StringBuilder result = null;
        for (XWPFParagraph paragraph : paragraphs(document)) {
            if (result != null && !result.isEmpty()) {
                result.append('\n');
            }
            for (XWPFRun run : paragraph.getRuns()) {
                for (CTFldChar fieldChar : run.getCTR().getFldCharList()) {
                    STFldCharType.Enum type = fieldChar.getFldCharType();
                    if (type == STFldCharType.BEGIN) {
                        code = new StringBuilder();
                        result = null;
                    } else if (type == STFldCharType.SEPARATE) {
                        result = new StringBuilder();
                    } else if (type == STFldCharType.END) {
                        fields.add(new Field(code.toString(), result.toString()));
                        code = null;
                        result = null;
                    }
                }
                for (CTText instruction : run.getCTR().getInstrTextList()) {
                    code.append(instruction.getStringValue());
                }
                if (result != null && run.getCTR().getFldCharList().isEmpty()) {
                    result.append(run.text());
                }
            }
        }
        return fields;
    }
}
