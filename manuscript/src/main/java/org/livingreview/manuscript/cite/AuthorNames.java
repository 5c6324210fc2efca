package org.livingreview.manuscript.cite;

import java.util.List;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;

/** A paper's authors as running text names them: "Gullaksen et al.", "Smith and Jones", "Doe". */
public final class AuthorNames {

    private AuthorNames() {
    }

    /** The first author's family name (with particle) and "et al." past two authors; the paper id without authors. */
    public static String inText(Paper paper) {
        List<Name> authors = paper.reference().authors();
        if (authors.isEmpty()) {
            return paper.id();
        }
        String first = authors.get(0).familyWithParticle();
        return first + (authors.size() > 2 || paper.reference().authorsIncomplete() ? " et al."
                : authors.size() == 2 ? " and " + authors.get(1).familyWithParticle() : "");
    }
}
