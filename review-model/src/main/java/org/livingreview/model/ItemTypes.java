package org.livingreview.model;

import java.util.List;

/** The item types of CSL 1.0.2, which a paper's {@code type} must be one of. */
public final class ItemTypes {

    public static final List<String> ALL = List.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset",
            "document", "entry", "entry-dictionary", "entry-encyclopedia", "figure", "graphic", "hearing",
            "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
            "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
            "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song",
            "speech", "standard", "thesis", "treaty", "webpage");

    private ItemTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
