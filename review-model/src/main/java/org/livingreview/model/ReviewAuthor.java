package org.livingreview.model;

import java.util.List;

/** An author of the review itself (not of a cited paper). */
public record ReviewAuthor(String name, String orcid, String email, List<String> affiliations) {

    public ReviewAuthor {
        affiliations = List.copyOf(affiliations);
    }
}
