package org.livingreview.manuscript.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering of the draft's lists: one bulleted definition shared by every bulleted list, and one
 * decimal definition with a fresh numbering instance per ordered list (so each starts at its own number).
 * The definitions are added beside whatever the reference document has, under unused ids.
 */
final class ListNumbering {

    private static final int LEVELS = 9;
    private static final int INDENT = 360;
    private final XWPFNumbering numbering;
    private final BigInteger bulletDefinition;
    private final BigInteger decimalDefinition;
    private BigInteger bulletNum;
    private long nextNumId;

    ListNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
        long maxAbstract = numbering.getAbstractNums().stream()
                .mapToLong(a -> a.getCTAbstractNum().getAbstractNumId().longValue()).max().orElse(0);
        this.nextNumId = numbering.getNums().stream().mapToLong(n -> n.getCTNum().getNumId().longValue()).max()
                .orElse(0) + 1;
        this.bulletDefinition = define(BigInteger.valueOf(maxAbstract + 1), true);
        this.decimalDefinition = define(BigInteger.valueOf(maxAbstract + 2), false);
    }

    /** The numbering instance of bulleted lists. */
    BigInteger bullets() {
        if (bulletNum == null) {
            bulletNum = BigInteger.valueOf(nextNumId++);
            numbering.addNum(bulletDefinition, bulletNum);
        }
        return bulletNum;
    }

    /** A new numbering instance for an ordered list starting at {@code start}. */
    BigInteger ordered(int start) {
        BigInteger id = BigInteger.valueOf(nextNumId++);
        numbering.addNum(decimalDefinition, id);
        CTNumLvl override = numbering.getNum(id).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    private BigInteger define(BigInteger id, boolean bullet) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(id);
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(bullet ? (level % 2 == 0 ? "•" : "◦") : "%" + (level + 1) + ".");
            var indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf((long) INDENT * (level + 1) + INDENT));
            indent.setHanging(BigInteger.valueOf(INDENT));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }
}
