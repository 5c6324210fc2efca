package org.livingreview.model;

import java.util.List;
import java.util.Optional;

/** A loaded review: its description and its papers, sorted by id. */
public record Review(ReviewInfo info, List<Paper> papers) {

    public Review {
        papers = List.copyOf(papers);
    }

    public Optional<Paper> paper(String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Paper> included() {
        return papers.stream().filter(p -> p.screening().isIncluded()).toList();
    }
}
