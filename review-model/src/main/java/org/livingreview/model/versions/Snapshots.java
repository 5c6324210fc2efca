package org.livingreview.model.versions;

import org.livingreview.model.Digests;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;

/** Snapshots of the current review, in the form versions are recorded in, for comparing and releasing. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Every paper of the review, by id, with digests of its metadata and claims. */
    public static Map<String, PaperSnapshot> of(Review review) {
        Map<String, PaperSnapshot> papers = new TreeMap<>();
        for (Paper paper : review.papers()) {
            Map<String, ClaimSnapshot> claims = new LinkedHashMap<>();
            for (Claim claim : paper.claims()) {
                claims.put(claim.id(), new ClaimSnapshot(claim.section(),
                        digest(claim.section() + "\n" + claim.text() + "\n" + String.join(",", claim.cites()))));
            }
            papers.put(paper.id(), new PaperSnapshot(paper.screening().status(), paper.screening().reason(),
                    digest(paper.reference().toString()), claims));
        }
        return papers;
    }

    /** A digest of each section text, by section id. */
    public static Map<String, String> sectionTexts(Review review) {
        Map<String, String> texts = new TreeMap<>();
        review.prose().forEach((id, prose) -> texts.put(id, prose.text()));
        return sectionTexts(texts);
    }

    /** A digest of each of the section texts given by section id. */
    public static Map<String, String> sectionTexts(Map<String, String> texts) {
        Map<String, String> digests = new TreeMap<>();
        texts.forEach((id, text) -> digests.put(id, digest(text)));
        return digests;
    }

    /** The first 12 hexadecimal digits of the text's SHA-256: short enough to read, long enough to trust. */
    static String digest(String text) {
        return Digests.sha256(text).substring(0, 12);
    }
}
