package org.livingreview.model;

import java.util.List;

/** One paper of the review: its citation key, bibliographic record, screening, study and claims. */
public record Paper(String id, Reference reference, Screening screening, Study study, List<Claim> claims,
                    Locations locations) {

    public Paper {
        claims = List.copyOf(claims);
    }
}
