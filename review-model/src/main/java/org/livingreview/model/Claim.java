package org.livingreview.model;

import java.util.List;

/**
 * A reviewer's statement about what a paper reports, placed in a section of the review.
 * It cites its own paper first, then {@code cites}, the other papers it also rests on.
 */
public record Claim(String id, String section, String text, List<String> cites, Locations locations) {

    public Claim {
        cites = List.copyOf(cites);
    }
}
