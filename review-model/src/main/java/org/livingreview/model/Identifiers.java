package org.livingreview.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Syntax rules for the review's own ids and for the bibliographic identifiers it stores. */
public final class Identifiers {

    /** Ids of papers, claims and sections: lower-case letters, digits and inner hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** The id syntax as users read it in messages. */
    public static final String ID_RULE = "lower-case letters, digits and single hyphens, starting and ending with a letter or digit";
    /** The longest id accepted (ids become file names and anchors). */
    public static final int MAX_ID_LENGTH = 64;

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern PMCID = Pattern.compile("PMC\\d{1,9}");
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Identifiers() {
    }

    /** Whether {@code id} can name a paper, claim or section (and so a file and an anchor). */
    public static boolean isValidId(String id) {
        return id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches() && !DEVICE_NAMES.contains(id);
    }

    /** A bare DOI such as {@code 10.1080/10428194.2025.2466817} (no {@code https://doi.org/} prefix). */
    public static boolean isDoi(String doi) {
        return DOI.matcher(doi).matches();
    }

    public static boolean isPmid(String pmid) {
        return PMID.matcher(pmid).matches();
    }

    public static boolean isPmcid(String pmcid) {
        return PMCID.matcher(pmcid).matches();
    }

    /** An ORCID iD in its 16-character form, with a correct ISO 7064 11,2 check character. */
    public static boolean isOrcid(String orcid) {
        if (!ORCID.matcher(orcid).matches()) {
            return false;
        }
        String digits = orcid.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(15) == expected;
    }

    /** The form DOIs are compared in: DOIs are case-insensitive. */
    public static String normalizeDoi(String doi) {
        return doi.toLowerCase(Locale.ROOT);
    }
}
