package org.livingreview.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded review: its description, its papers (sorted by id), and the prose of the sections that have a
 * {@code seeds/sections/<id>.md}, by section id ({@link SectionProse#INTRODUCTION} for the introduction).
 */
public record Review(ReviewInfo info, List<Paper> papers, Map<String, SectionProse> prose) {

    public Review {
        papers = List.copyOf(papers);
        prose = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prose));
    }

    /** A review whose sections have no prose. */
    public Review(ReviewInfo info, List<Paper> papers) {
        this(info, papers, Map.of());
    }

    public Optional<Paper> paper(String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Paper> included() {
        return papers.stream().filter(p -> p.screening().isIncluded()).toList();
    }

    /** The prose of a section (or of the introduction), if it has a file. */
    public Optional<SectionProse> prose(String sectionId) {
        return Optional.ofNullable(prose.get(sectionId));
    }
}
