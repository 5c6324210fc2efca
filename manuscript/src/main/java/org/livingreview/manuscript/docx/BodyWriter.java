package org.livingreview.manuscript.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.livingreview.manuscript.docx.Inlines.Format;
import org.livingreview.manuscript.docx.Inlines.Piece;

/**
 * Writes the draft's Markdown blocks into the document body: the first top-level heading as the title and
 * what follows it up to the next heading as the title block, lower headings as Word's Heading 1, 2, …,
 * paragraphs, bulleted and numbered lists, block quotes, code, tables (header row repeated on each page)
 * and the bibliography — the paragraphs that start with an entry's anchor — in the Bibliography style
 * with its hanging indent, inside one Zotero bibliography field when citations are live.
 */
final class BodyWriter {

    private final XWPFDocument document;
    private final RunWriter runs;
    private final ListNumbering numbering;
    private final boolean bibliographyField;
    private List<Paragraph> entries = List.of();
    private final java.util.Set<Node> isEntry = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean titleWritten;
    private boolean inTitleBlock;

    BodyWriter(XWPFDocument document, RunWriter runs, boolean bibliographyField) {
        this.document = document;
        this.runs = runs;
        this.numbering = new ListNumbering(document);
        this.bibliographyField = bibliographyField;
    }

    /** Where a paragraph goes: its style, and its list numbering if it is a list item's first. */
    private record Place(String style, BigInteger numId, int level) {
        static final Place BODY = new Place(DocxStyles.BODY, null, 0);

        Place styled(String newStyle) {
            return new Place(newStyle, null, level);
        }
    }

    void write(Node document) throws IOException {
        entries = bibliographyEntries(document);
        isEntry.addAll(entries);
        blocks(document, Place.BODY);
    }

    private void blocks(Node parent, Place place) throws IOException {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child, place);
        }
    }

    private void block(Node node, Place place) throws IOException {
        if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof Paragraph paragraph) {
            if (isEntry.contains(paragraph)) {
                entry(paragraph, null);
            } else {
                paragraph(paragraph, inTitleBlock && place.numId() == null && place.style().equals(DocxStyles.BODY)
                        ? place.styled(DocxStyles.AUTHOR) : place);
            }
        } else if (node instanceof ListBlock list) {
            list(list, place);
        } else if (node instanceof BlockQuote) {
            blocks(node, place.styled(DocxStyles.QUOTE));
        } else if (node instanceof FencedCodeBlock fenced) {
            code(fenced.getLiteral());
        } else if (node instanceof IndentedCodeBlock indented) {
            code(indented.getLiteral());
        } else if (node instanceof ThematicBreak) {
            document.createParagraph().setBorderBottom(Borders.SINGLE);
        } else if (node instanceof TableBlock table) {
            table(table);
        } else if (!(node instanceof HtmlBlock)) {
            // Raw HTML blocks have no Word form (pandoc drops them too); anything else is walked into.
            blocks(node, place);
        }
    }

    private void heading(Heading heading) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        boolean title = heading.getLevel() == 1 && !titleWritten;
        paragraph.setStyle(title ? DocxStyles.TITLE : DocxStyles.heading(heading.getLevel() - (titleWritten ? 1 : 0)));
        runs.write(paragraph, Inlines.of(heading, Format.PLAIN));
        inTitleBlock = title;
        titleWritten = true;
    }

    private XWPFParagraph paragraph(Node block, Place place) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        List<Piece> pieces = Inlines.of(block, Format.PLAIN);
        boolean figure = pieces.size() == 1 && pieces.get(0) instanceof Inlines.Picture;
        paragraph.setStyle(figure ? DocxStyles.FIGURE : place.style());
        if (place.numId() != null) {
            paragraph.setNumID(place.numId());
            paragraph.setNumILvl(BigInteger.valueOf(place.level()));
        }
        runs.write(paragraph, pieces);
        return paragraph;
    }

    private void list(ListBlock list, Place place) throws IOException {
        boolean ordered = list instanceof OrderedList;
        int start = ordered ? startOf((OrderedList) list) : 1;
        BigInteger numId = null;
        int index = 0;
        int level = place.numId() == null && !place.style().equals(DocxStyles.LIST) ? 0 : place.level() + 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), index++) {
            if (item.getFirstChild() instanceof Paragraph first && isEntry.contains(first)) {
                entry(first, ordered ? (start + index) + "." : null);
                blocks(item, place, first);
                continue;
            }
            if (numId == null) {
                numId = ordered ? numbering.ordered(start) : numbering.bullets();
            }
            String style = list.isTight() ? DocxStyles.COMPACT : DocxStyles.LIST;
            boolean firstBlock = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                Place itemPlace = firstBlock ? new Place(style, numId, level) : new Place(DocxStyles.LIST, null, level);
                block(child, itemPlace);
                firstBlock = false;
            }
        }
    }

    /** The blocks of {@code parent} after {@code skipped}. */
    private void blocks(Node parent, Place place, Node skipped) throws IOException {
        for (Node child = skipped.getNext(); child != null; child = child.getNext()) {
            block(child, place);
        }
    }

    private static int startOf(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    /** A bibliography entry, its label (if numbered) and a tab before its text; opens or closes the field. */
    private void entry(Paragraph block, String label) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(DocxStyles.BIBLIOGRAPHY);
        if (bibliographyField && block == entries.get(0)) {
            RunWriter.beginField(paragraph, ZoteroFields.BIBLIOGRAPHY_CODE);
        }
        if (label != null) {
            XWPFRun number = paragraph.createRun();
            number.setText(label);
            number.addTab();
        }
        runs.write(paragraph, Inlines.of(block, Format.PLAIN));
        if (bibliographyField && block == entries.get(entries.size() - 1)) {
            RunWriter.endField(paragraph);
        }
    }

    private void code(String literal) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(DocxStyles.CODE);
        String[] lines = literal.replaceFirst("\n$", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private void table(TableBlock block) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableRow row) {
                    rows.add(row);
                    header.add(row.getParent() instanceof TableHead);
                } else {
                    visitChildren(node);
                }
            }
        });
        int columns = 0;
        for (Node cell = rows.get(0).getFirstChild(); cell != null; cell = cell.getNext()) {
            columns++;
        }
        XWPFTable table = document.createTable(rows.size(), columns);
        table.setStyleID(DocxStyles.TABLE);
        table.setWidth("100%");
        if (table.getCTTbl().getTblPr().isSetTblBorders()) {
            table.getCTTbl().getTblPr().unsetTblBorders();
        }
        // Equal columns across the text width: readers such as pandoc count a table's columns by its grid.
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(textWidth() / columns));
        }
        // POI's getRow(r) counts the rows each time; the list is read once (5,000-row evidence tables).
        List<XWPFTableRow> tableRows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = tableRows.get(r);
            if (header.get(r)) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            for (Node cell = rows.get(r).getFirstChild(); cell != null && c < columns; cell = cell.getNext(), c++) {
                XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
                paragraph.setStyle(DocxStyles.COMPACT);
                if (cell instanceof TableCell tableCell && tableCell.getAlignment() != null) {
                    paragraph.setAlignment(switch (tableCell.getAlignment()) {
                        case CENTER -> ParagraphAlignment.CENTER;
                        case RIGHT -> ParagraphAlignment.RIGHT;
                        default -> ParagraphAlignment.LEFT;
                    });
                }
                runs.write(paragraph, Inlines.of(cell, header.get(r) ? Format.PLAIN.emboldened() : Format.PLAIN));
            }
        }
    }

    /** The width between the margins, in twentieths of a point: from the page setup, or A4's with 2.5 cm margins. */
    private long textWidth() {
        var body = document.getDocument().getBody();
        if (body.isSetSectPr() && body.getSectPr().isSetPgSz() && body.getSectPr().isSetPgMar()) {
            var section = body.getSectPr();
            long width = ((BigInteger) section.getPgSz().getW()).longValue()
                    - ((BigInteger) section.getPgMar().getLeft()).longValue()
                    - ((BigInteger) section.getPgMar().getRight()).longValue();
            if (width > 0) {
                return width;
            }
        }
        return 9070;
    }

    /** The paragraphs that start with a bibliography entry's anchor, in document order. */
    private static List<Paragraph> bibliographyEntries(Node document) {
        List<Paragraph> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (Inlines.startsWithEntryAnchor(paragraph)) {
                    found.add(paragraph);
                }
            }
        });
        return found;
    }
}
