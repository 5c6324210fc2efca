package org.livingreview.bib;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The correspondence of CSL item types and RIS reference types, in both directions: the RIS types Zotero's
 * RIS translator writes and reads for its item types, so that each comes into Zotero as its own type.
 */
public final class RisTypes {

    /** RIS's generic type, written for the CSL types RIS has no word for. */
    public static final String GENERIC = "GEN";
    private static final Map<String, String> CSL_TO_RIS = new LinkedHashMap<>();
    private static final Map<String, String> RIS_TO_CSL = new LinkedHashMap<>();

    static {
        pair("article-journal", "JOUR");
        pair("book", "BOOK");
        pair("chapter", "CHAP");
        pair("paper-conference", "CPAPER");
        pair("thesis", "THES");
        pair("report", "RPRT");
        pair("webpage", "ELEC");
        pair("dataset", "DATA");
        pair("article-magazine", "MGZN");
        pair("article-newspaper", "NEWS");
        pair("patent", "PAT");
        pair("software", "COMP");
        pair("manuscript", "MANSCPT");
        pair("personal_communication", "PCOMM");
        pair("graphic", "ART");
        pair("motion_picture", "MPCT");
        pair("speech", "SLIDE");
        pair("song", "SOUND");
        pair("entry-dictionary", "DICT");
        pair("entry-encyclopedia", "ENCYC");
        pair("hearing", "HEAR");
        pair("legislation", "STAT");
        pair("post-weblog", "BLOG");
        pair("map", "MAP");
        pair("legal_case", "CASE");
        pair("bill", "BILL");
        pair("document", GENERIC);
        RIS_TO_CSL.put("JFULL", "article-journal");
        RIS_TO_CSL.put("EJOUR", "article-journal");
        RIS_TO_CSL.put("ABST", "article-journal");
        RIS_TO_CSL.put("INPR", "article-journal");
        RIS_TO_CSL.put("CONF", "paper-conference");
        RIS_TO_CSL.put("EBOOK", "book");
        RIS_TO_CSL.put("EDBOOK", "book");
        RIS_TO_CSL.put("ECHAP", "chapter");
        RIS_TO_CSL.put("UNPB", "manuscript");
        RIS_TO_CSL.put("WEB", "webpage");
    }

    private RisTypes() {
    }

    private static void pair(String csl, String ris) {
        CSL_TO_RIS.put(csl, ris);
        RIS_TO_CSL.put(ris, csl);
    }

    /** The RIS type for a CSL type; GEN (generic) for types RIS has no word for. */
    public static String toRis(String cslType) {
        return CSL_TO_RIS.getOrDefault(cslType, GENERIC);
    }

    /** The CSL type for a RIS type, or null when RIS has no such type. */
    public static String toCsl(String risType) {
        return risType == null ? null : RIS_TO_CSL.get(risType.strip());
    }
}
